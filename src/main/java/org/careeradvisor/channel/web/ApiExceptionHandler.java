package org.careeradvisor.channel.web;

import java.util.Optional;
import java.util.stream.Collectors;
import org.careeradvisor.advisor.AdvisorNotReadyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the HTTP API into {@code application/problem+json} with a clear detail and never a
 * stack trace or an internal class name.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + " " + error.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Optional<CappedBodyRequest.BodyTooLargeException> tooLarge = CappedBodyRequest.tooLarge(ex);
        if (tooLarge.isPresent()) {
            headers.set(HttpHeaders.CONNECTION, "close");
            return handleExceptionInternal(
                    ex,
                    problem(
                            HttpStatus.CONTENT_TOO_LARGE,
                            "Payload too large",
                            tooLarge.get().getMessage()),
                    headers,
                    HttpStatus.CONTENT_TOO_LARGE,
                    request);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "The request body must be a well-formed JSON object with the fields this endpoint takes.");
        problem.setTitle("Malformed request body");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(RoleController.UnknownRoleException.class)
    ProblemDetail unknownRole(RoleController.UnknownRoleException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setTitle("Unknown role");
        return problem;
    }

    @ExceptionHandler(FeedbackController.UnknownMessageException.class)
    ProblemDetail unknownMessage(FeedbackController.UnknownMessageException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setTitle("Unknown message");
        return problem;
    }

    @ExceptionHandler(ConversationController.UnknownConversationException.class)
    ProblemDetail unknownConversation(ConversationController.UnknownConversationException ex) {
        return problem(HttpStatus.NOT_FOUND, "Unknown conversation", ex.getMessage());
    }

    @ExceptionHandler(AdminController.AdminDisabledException.class)
    ProblemDetail adminDisabled(AdminController.AdminDisabledException ex) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "No such endpoint.");
    }

    @ExceptionHandler(AdminController.UnauthorizedException.class)
    ResponseEntity<ProblemDetail> unauthorized(AdminController.UnauthorizedException ex) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(problem(HttpStatus.UNAUTHORIZED, "Unauthorized", ex.getMessage()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            org.springframework.web.method.annotation.HandlerMethodValidationException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        String detail = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> result.getMethodParameter().getParameterName() + " " + error.getDefaultMessage()))
                .sorted()
                .collect(Collectors.joining("; "));
        return handleExceptionInternal(
                ex,
                problem(HttpStatus.BAD_REQUEST, "Invalid request", detail),
                headers,
                HttpStatus.BAD_REQUEST,
                request);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    @ExceptionHandler(AdvisorNotReadyException.class)
    ResponseEntity<ProblemDetail> notReady(AdvisorNotReadyException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
        problem.setTitle("Not ready yet");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception ex) {
        log.error("Unexpected error while handling a request", ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Please try again.");
        problem.setTitle("Internal error");
        return problem;
    }
}
