package org.caspian.cli;

/** Hears how a long ingest goes: after each item, and after each committed batch. */
interface Progress {
  /** Reports nothing. */
  Progress NONE = new Progress() {};

  /** After each item read (counts so far, committed or not). */
  default void item(Indexer.Counts counts) {}

  /** After each commit: everything counted is now durable. */
  default void committed(Indexer.Counts counts) {}

  /** Once, when the run ends, before the summary line is printed. */
  default void end() {}
}
