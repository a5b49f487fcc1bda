package org.caspian.analysis.quotes;

/**
 * Reads the titles written around a person mention ("President Ilham Aliyev", "Ramiz Aliyev, a
 * political scientist,") as a bit set of {@link RoleClass}es. Per article; stateless beyond the
 * view it reads.
 */
final class TitleRoles {
  private final QuoteView v;

  TitleRoles(QuoteView v) {
    this.v = v;
  }

  /**
   * Role classes of the titles around mention {@code i}: a title right before it (when several
   * role nouns stand in a row, the first is the head: "пресс-секретарь президента Дмитрий Песков"
   * is a spokesperson), titles inside it, and an appositive right after it ("Ramiz Aliyev, a
   * political scientist,"). Bodies and plural nouns do not count.
   */
  int of(int i) {
    int f = v.mentionFirst[i];
    int l = v.mentionLast[i];
    int bits = 0;
    int head = headBefore(f);
    if (head >= 0) {
      bits |= QuoteLexicon.roleClass(v.role[head]).bit();
    }
    for (int k = f; k <= l && k < v.n; k++) {
      if (v.role[k] >= 0 && personal(v.role[k])) {
        bits |= QuoteLexicon.roleClass(v.role[k]).bit();
      }
    }
    if (v.is(l + 1, ',')) {
      for (int k = l + 2; k < Math.min(v.n, l + 7); k++) {
        if (v.endsSentence(k) || v.is(k, ',')) {
          break;
        }
        if (v.role[k] >= 0 && personal(v.role[k])) {
          bits |= QuoteLexicon.roleClass(v.role[k]).bit();
          break;
        }
      }
    }
    return bits;
  }

  /**
   * The head of the role nouns standing in a row right before token {@code f}: the first personal
   * one ("пресс-секретарь президента"), or -1.
   */
  private int headBefore(int f) {
    int head = -1;
    int edge = f;
    boolean moved = true;
    while (moved) {
      moved = false;
      for (int k = Math.max(0, edge - 4); k < edge; k++) {
        if (v.role[k] >= 0 && v.roleLast[k] == edge - 1) {
          if (personal(v.role[k])) {
            head = k;
          }
          edge = k;
          moved = true;
          break;
        }
      }
    }
    return head;
  }

  private static boolean personal(int roleValue) {
    RoleClass c = QuoteLexicon.roleClass(roleValue);
    return !QuoteLexicon.plural(roleValue) && c != RoleClass.INSTITUTION && c != RoleClass.SOURCE
        && c != RoleClass.DOCUMENT;
  }
}
