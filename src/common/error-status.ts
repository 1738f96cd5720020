import { ErrorCode } from './error-code.js';

export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.ValidationFailed:
    case ErrorCode.SessionBeforeAssignment:
    case ErrorCode.ModeNotOffered:
    case ErrorCode.WhatsappOptInNotApplicable:
      return 400;
    case ErrorCode.Unauthenticated:
    case ErrorCode.InvalidCredentials:
    case ErrorCode.WebhookSignatureInvalid:
      return 401;
    case ErrorCode.Forbidden:
    case ErrorCode.WebhookVerificationFailed:
      return 403;
    case ErrorCode.NotFound:
    case ErrorCode.TutorNotFound:
    case ErrorCode.SmeNotFound:
      return 404;
    case ErrorCode.LoginTaken:
    case ErrorCode.RecordAlreadyLinked:
    case ErrorCode.CourseCodeTaken:
    case ErrorCode.TutorAtCapacity:
    case ErrorCode.SmeAlreadyAssigned:
    case ErrorCode.NotAssignable:
    case ErrorCode.AssignmentEnded:
    case ErrorCode.MaxSmesAboveTutorLoad:
    case ErrorCode.MaxSmesBelowLoad:
    case ErrorCode.PlanStale:
    case ErrorCode.PlanNotApplicable:
    case ErrorCode.NotificationNotRetryable:
      return 409;
    case ErrorCode.PayloadTooLarge:
      return 413;
    case ErrorCode.UnsupportedMediaType:
      return 415;
    case ErrorCode.TooManyRequests:
      return 429;
    case ErrorCode.InternalError:
      return 500;
    case ErrorCode.ServiceUnavailable:
    case ErrorCode.DatabaseBusy:
      return 503;
  }
}
