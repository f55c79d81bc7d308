package sn.convergence.system.security;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ExpressionAuthorizationDecision;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import sn.convergence.system.audit.AuditAction;
import sn.convergence.system.audit.AuditTrail;

/**
 * Records in the audit trail every refusal of Spring Security's authorization (method security such
 * as {@code @PreAuthorize}, and URL rules) to an authenticated caller: ACCESS_DENIED, entity type
 * {@value #ENTITY}, in its own transaction, with the request and the refused operation and rule in
 * the detail. Anonymous callers are left out: their refusals end in a 401 asking them to sign in,
 * which says nothing about anyone. Refusals decided by use cases themselves ({@code
 * PermissionDeniedException}) are recorded by those use cases, with the record concerned.
 */
@Component
class AccessRefusals {

  static final String ENTITY = "authorization";

  private final AuditTrail audit;

  AccessRefusals(AuditTrail audit) {
    this.audit = audit;
  }

  @EventListener
  void refused(AuthorizationDeniedEvent<?> event) {
    Authentication caller = event.getAuthentication().get();
    if (caller == null
        || !caller.isAuthenticated()
        || caller instanceof AnonymousAuthenticationToken) {
      return;
    }
    audit.recordAlone(
        caller.getName(),
        AuditAction.ACCESS_DENIED,
        ENTITY,
        null,
        describe(event.getObject(), event.getAuthorizationResult()));
  }

  /** "POST /api/v1/interventions: Interventions.create requires hasAnyRole('ADMIN',...)". */
  static String describe(Object refused, AuthorizationResult result) {
    String request = request(refused);
    String operation = refused instanceof MethodInvocation call ? name(call.getMethod()) : null;
    String rule =
        result instanceof ExpressionAuthorizationDecision decision
            ? decision.getExpression().getExpressionString()
            : null;
    StringBuilder detail = new StringBuilder(request == null ? "refused" : request);
    if (operation != null) {
      detail.append(": ").append(operation);
    }
    if (rule != null) {
      detail.append(operation == null ? ": " : " ").append("requires ").append(rule);
    }
    return detail.toString();
  }

  /** The HTTP method and path refused, or of the request being served; null outside requests. */
  private static String request(Object refused) {
    HttpServletRequest http = refused instanceof HttpServletRequest r ? r : currentRequest();
    return http == null ? null : http.getMethod() + " " + http.getRequestURI();
  }

  private static HttpServletRequest currentRequest() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
  }

  private static String name(Method method) {
    return method.getDeclaringClass().getSimpleName() + "." + method.getName();
  }
}
