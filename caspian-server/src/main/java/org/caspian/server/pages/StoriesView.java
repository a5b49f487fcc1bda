package org.caspian.server.pages;

import java.util.List;
import org.caspian.query.story.StoryGroup;

/**
 * The "same event, each side" page.
 *
 * @param frame the layout
 * @param form the filter as sent
 * @param stories the stories found, most outlets first
 * @param error why nothing could be listed, "" when fine
 */
public record StoriesView(PageFrame frame, FormValues form, List<StoryGroup> stories,
    String error) {
  public StoriesView {
    stories = List.copyOf(stories);
  }
}
