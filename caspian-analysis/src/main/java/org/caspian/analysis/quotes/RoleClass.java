package org.caspian.analysis.quotes;

/**
 * What kind of speaker a role noun names, with the CAMEO role a country code gets when the role is
 * attached to it ("Armenia's foreign minister" is ARM + GOV).
 */
enum RoleClass {
  EXPERT(""),
  JOURNALIST("MED"),
  HEAD("GOV"),
  MINISTER("GOV"),
  SPOKESPERSON("GOV"),
  DIPLOMAT("GOV"),
  OFFICIAL("GOV"),
  LEGISLATOR("LEG"),
  MILITARY("MIL"),
  INSTITUTION("GOV"),
  SOURCE(""),
  DOCUMENT("");

  private static final int OFFICE_HOLDERS = bits(HEAD, MINISTER, SPOKESPERSON, DIPLOMAT, OFFICIAL,
      LEGISLATOR, MILITARY);
  private static final int COMMENTATORS = bits(EXPERT, JOURNALIST);

  final String cameoRole;

  RoleClass(String cameoRole) {
    this.cameoRole = cameoRole;
  }

  int bit() {
    return 1 << ordinal();
  }

  private static int bits(RoleClass... cs) {
    int b = 0;
    for (RoleClass c : cs) {
      b |= 1 << c.ordinal();
    }
    return b;
  }

  /**
   * Whether a person known to hold the roles in {@code roles} (a bit set) and coded {@code code}
   * can NOT be meant by this role noun. A commentator is never an office holder or a government
   * person; an office holder is never a commentator; a head of state is no other office holder.
   */
  boolean rulesOut(int roles, String code) {
    switch (this) {
      case EXPERT:
      case JOURNALIST:
        return (roles & OFFICE_HOLDERS) != 0 || code.endsWith("GOV") || code.endsWith("MIL");
      case HEAD:
        return (roles & (COMMENTATORS | OFFICE_HOLDERS)) != 0 && (roles & bit()) == 0;
      default:
        return (roles & (COMMENTATORS | HEAD.bit())) != 0;
    }
  }
}
