package sn.convergence.system.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import sn.convergence.system.security.ApiTokens;

@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "Access tokens", description = "Personal access tokens for scripts")
class TokenApiController {

  private final ApiTokens tokens;

  TokenApiController(ApiTokens tokens) {
    this.tokens = tokens;
  }

  record CreateTokenRequest(
      @NotBlank @Size(max = 100) String name, @Min(1) @Max(366) Integer expiresInDays) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Create a personal token for oneself; the token is shown only in this answer")
  ApiTokens.IssuedToken create(
      @Valid @RequestBody CreateTokenRequest request, Principal principal) {
    int days = request.expiresInDays() == null ? 90 : request.expiresInDays();
    return tokens.create(principal.getName(), request.name(), Duration.ofDays(days));
  }

  @GetMapping
  @Operation(summary = "List one's own tokens (never their secret)")
  List<ApiTokens.TokenInfo> list(Principal principal) {
    return tokens.list(principal.getName());
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Revoke one of one's own tokens")
  void revoke(@PathVariable long id, Principal principal) {
    tokens.revoke(principal.getName(), id);
  }
}
