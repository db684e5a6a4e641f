import { ConfigurationBotFrameworkAuthentication, StatusCodes, type Activity } from 'botbuilder';
import { AuthenticationError, type AuthenticateRequestResult } from 'botframework-connector';

/** What jsonwebtoken throws for a token that is malformed, badly signed, unsigned, not yet valid or expired. */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

function asUnauthorized(error: unknown): unknown {
  if (error instanceof Error && TOKEN_ERRORS.has(error.name)) return new AuthenticationError(`Unauthorized. ${error.message}`, StatusCodes.UNAUTHORIZED);
  return error;
}

/**
 * Bot Framework authentication from configuration, except that a token failing jsonwebtoken's
 * checks is a 401: botbuilder passes those errors through and CloudAdapter answers 500 for
 * anything but an AuthenticationError (a badly signed or `alg: none` token was a server error).
 */
export class ChannelAuthentication extends ConfigurationBotFrameworkAuthentication {
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      throw asUnauthorized(error);
    }
  }

  override async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await super.authenticateStreamingRequest(authHeader, channelIdHeader);
    } catch (error) {
      throw asUnauthorized(error);
    }
  }
}
