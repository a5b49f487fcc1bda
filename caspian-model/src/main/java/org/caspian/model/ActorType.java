package org.caspian.model;

/** What kind of thing an actor mention names. */
public enum ActorType {
  /** A state named as such: "Russia", "Azerbaijani" (demonym). */
  COUNTRY,
  /** A seat of power or capital standing for a government: "the Kremlin", "Baku said". */
  GOVERNMENT,
  /** A named person with a known role: "Sergey Lavrov". */
  PERSON,
  /** A ministry, service, army, parliament, court. */
  INSTITUTION,
  /** A news outlet or channel. */
  MEDIA,
  /** An international organisation: "the UN", "the EU". */
  ORGANIZATION,
  /** A capitalised name the dictionaries do not know; kept for review. */
  UNRESOLVED
}
