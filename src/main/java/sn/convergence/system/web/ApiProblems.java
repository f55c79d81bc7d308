package sn.convergence.system.web;

import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import sn.convergence.system.ConflictException;
import sn.convergence.system.FieldViolation;
import sn.convergence.system.NotFoundException;
import sn.convergence.system.PermissionDeniedException;
import sn.convergence.system.ValidationFailedException;

/**
 * Renders API errors as RFC 9457 problem details. Validation problems carry an {@code errors} array
 * with one entry per invalid field. It runs before Spring's standard handlers so that its own
 * shapes win; any other failure of an API handler becomes a 500 problem without internal detail
 * (logged), except security exceptions, which Spring Security turns into 401/403; a use case's
 * {@link PermissionDeniedException} becomes a 403 problem that says why.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

  private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

  static final URI VALIDATION = URI.create("urn:convergence:problem:validation");

  @ExceptionHandler(ValidationFailedException.class)
  ProblemDetail invalid(ValidationFailedException e) {
    return validation(e.violations());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalidBody(MethodArgumentNotValidException e) {
    List<FieldViolation> violations =
        e.getBindingResult().getFieldErrors().stream()
            .map(f -> new FieldViolation(f.getField(), f.getCode(), f.getDefaultMessage()))
            .toList();
    return validation(violations);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
    return validation(
        List.of(new FieldViolation(e.getName(), "type", "Invalid value: " + e.getValue())));
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badArgument(IllegalArgumentException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Bad request");
    return problem;
  }

  /** A body that is not JSON, or names a value no field accepts (an unknown enum constant). */
  @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
  ProblemDetail unreadableBody(
      org.springframework.http.converter.HttpMessageNotReadableException e) {
    String cause = e.getMostSpecificCause().getMessage();
    String first = cause == null ? "" : cause.lines().findFirst().orElse("");
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            "The request body cannot be read: "
                + (first.length() > 300 ? first.substring(0, 300) : first));
    problem.setTitle("Bad request");
    return problem;
  }

  @ExceptionHandler(PermissionDeniedException.class)
  ProblemDetail denied(PermissionDeniedException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    problem.setTitle("Forbidden");
    problem.setProperty("code", e.code());
    return problem;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle("Not found");
    return problem;
  }

  @ExceptionHandler({ConflictException.class, DuplicateKeyException.class})
  ProblemDetail conflict(RuntimeException e) {
    String detail = e instanceof ConflictException ? e.getMessage() : "Duplicate value";
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
    problem.setTitle("Conflict");
    return problem;
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) throws Exception {
    if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
      throw e;
    }
    if (e instanceof ErrorResponse standard) {
      return ResponseEntity.status(standard.getStatusCode())
          .headers(standard.getHeaders())
          .body(standard.getBody());
    }
    LOG.error("Unexpected failure of an API request", e);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error; it has been logged.");
    problem.setTitle("Internal error");
    return ResponseEntity.internalServerError().body(problem);
  }

  static ProblemDetail validation(List<FieldViolation> violations) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, violations.size() + " invalid field(s)");
    problem.setType(VALIDATION);
    problem.setTitle("Invalid request");
    problem.setProperty("errors", violations);
    return problem;
  }
}
