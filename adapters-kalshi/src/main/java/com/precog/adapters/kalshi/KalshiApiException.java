package com.precog.adapters.kalshi;

/**
 * Kalshi answered with an error status. {@code code} is the {@code ErrorResponse.code} (or
 * {@code "too_many_requests"} for a 429). Carries no request headers or secrets.
 */
public final class KalshiApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;
    private final String details;

    public KalshiApiException(int status, String code, String message, String details) {
        super("Kalshi HTTP " + status + " " + code + ": " + message + (details == null || details.isBlank() ? "" : " (" + details + ")"));
        this.status = status;
        this.code = code == null ? "" : code;
        this.details = details == null ? "" : details;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String details() {
        return details;
    }

    public boolean isServerError() {
        return status >= 500;
    }

    public boolean isRateLimited() {
        return status == 429;
    }
}
