package org.caspian.analysis;

/** A stage failed on one article. Carries the article id and stage name. */
public final class StageException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String articleId;
  private final String stage;

  public StageException(String articleId, String stage, Throwable cause) {
    super("stage '" + stage + "' failed on article " + articleId + ": " + cause, cause);
    this.articleId = articleId;
    this.stage = stage;
  }

  public String articleId() {
    return articleId;
  }

  public String stage() {
    return stage;
  }
}
