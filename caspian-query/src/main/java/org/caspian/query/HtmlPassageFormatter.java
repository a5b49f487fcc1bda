package org.caspian.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighter passages as a {@code List<String>} of HTML fragments: text escaped, matches
 * wrapped in {@code <mark>}, overlapping matches merged.
 */
final class HtmlPassageFormatter extends PassageFormatter {

  @Override
  public Object format(Passage[] passages, String content) {
    List<String> out = new ArrayList<>(passages.length);
    for (Passage p : passages) {
      StringBuilder sb = new StringBuilder();
      int pos = p.getStartOffset();
      int[] starts = p.getMatchStarts();
      int[] ends = p.getMatchEnds();
      for (int i = 0; i < p.getNumMatches(); i++) {
        int start = Math.max(pos, starts[i]);
        int end = Math.min(ends[i], p.getEndOffset());
        if (end <= start) {
          continue;
        }
        HtmlText.escape(content, pos, start, sb);
        sb.append("<mark>");
        HtmlText.escape(content, start, end, sb);
        sb.append("</mark>");
        pos = end;
      }
      HtmlText.escape(content, pos, p.getEndOffset(), sb);
      out.add(sb.toString().strip());
    }
    return out;
  }
}
