package sn.convergence.ingest;

/**
 * A source that cannot be read at all (corrupted, truncated, a zip bomb, unsafe XML, empty). It
 * carries the issue to show, in French and English; no partial result survives it.
 */
public class IngestException extends RuntimeException {

  private final transient Issue issue;

  public IngestException(Issue issue, Throwable cause) {
    super(issue.messageEn(), cause);
    this.issue = issue;
  }

  public IngestException(Issue issue) {
    this(issue, null);
  }

  public static IngestException of(IssueCode code, Object... args) {
    return new IngestException(Issue.ofFile(code, args));
  }

  public Issue issue() {
    return issue;
  }

  public String messageFr() {
    return issue.messageFr();
  }

  public String messageEn() {
    return issue.messageEn();
  }
}
