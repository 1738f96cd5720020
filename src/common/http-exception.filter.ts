import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { databaseBusy, isSqliteBusy } from '../database/sqlite-busy.js';
import { DomainError } from './domain-error.js';
import { ErrorCode } from './error-code.js';
import { httpStatusOf } from './error-status.js';

interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  details?: unknown;
  [extra: string]: unknown;
}

const CODE_BY_HTTP_STATUS: Record<number, ErrorCode> = {
  400: ErrorCode.ValidationFailed,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  413: ErrorCode.PayloadTooLarge,
  415: ErrorCode.UnsupportedMediaType,
  429: ErrorCode.TooManyRequests,
  503: ErrorCode.ServiceUnavailable,
};

/** Every error leaves as `{statusCode, code, message, details?}`; a 500 says nothing of the internals. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const body = this.toBody(exception);
    if (body.statusCode >= 500) this.logger.error(exception);
    host.switchToHttp().getResponse<Response>().status(body.statusCode).json(body);
  }

  private toBody(thrown: unknown): ErrorBody {
    // A body parser's check (e.g. the nesting limit) reaches here wrapped in an HttpException.
    const unwrapped = thrown instanceof HttpException && thrown.cause instanceof DomainError ? thrown.cause : thrown;
    // A statement outside a unit of work (a read, a single save) that met another process's lock.
    const exception = isSqliteBusy(unwrapped) ? databaseBusy() : unwrapped;
    if (exception instanceof DomainError) {
      return {
        statusCode: httpStatusOf(exception.code),
        code: exception.code,
        message: exception.message,
        details: exception.details,
        ...exception.extra,
      };
    }
    if (exception instanceof HttpException && exception.getStatus() === 503) {
      // The health check's answer says which dependency failed; it is kept whole.
      return { statusCode: 503, code: ErrorCode.ServiceUnavailable, message: 'A dependency is not answering', ...(exception.getResponse() as object) };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const code = CODE_BY_HTTP_STATUS[statusCode] ?? (statusCode >= 500 ? ErrorCode.InternalError : ErrorCode.ValidationFailed);
      return { statusCode, code, message: statusCode >= 500 ? 'Internal error' : exception.message };
    }
    return { statusCode: 500, code: ErrorCode.InternalError, message: 'Internal error' };
  }
}
