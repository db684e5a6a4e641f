import { ConfigurationBotFrameworkAuthentication, StatusCodes, type Activity } from 'botbuilder';
import {
  AuthenticationError,
  ConnectorFactory,
  JwtTokenValidation,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';

/** Bounded so a stream of odd service URLs cannot grow it without end. */
const MAX_CACHED_CLIENTS = 256;

function cached<T>(cache: Map<string, Promise<T>>, key: string, create: () => Promise<T>): Promise<T> {
  let client = cache.get(key);
  if (!client) {
    if (cache.size >= MAX_CACHED_CLIENTS) cache.delete(cache.keys().next().value as string);
    client = create();
    client.catch(() => cache.delete(key));
    cache.set(key, client);
  }
  return client;
}

/** The connector clients of one bot identity, made once per service URL and audience instead of once per activity. */
class CachingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly identity: string,
    private readonly clients: Map<string, Promise<ConnectorClient>>,
  ) {
    super();
  }

  override create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return cached(this.clients, `${this.identity}\u0000${serviceUrl}\u0000${audience ?? ''}`, () => this.inner.create(serviceUrl, audience));
  }
}

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
  // botbuilder builds a connector client and a user-token client for every activity, and most
  // turns (expectReplies) use neither: the same clients serve every turn of the same bot identity.
  readonly #connectors = new Map<string, Promise<ConnectorClient>>();
  readonly #userTokenClients = new Map<string, Promise<UserTokenClient>>();

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    let result: AuthenticateRequestResult;
    try {
      result = await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      throw asUnauthorized(error);
    }
    if (!result.connectorFactory) return result;
    return { ...result, connectorFactory: new CachingConnectorFactory(result.connectorFactory, identityOf(result.claimsIdentity), this.#connectors) };
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return cached(this.#userTokenClients, identityOf(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }

  override async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await super.authenticateStreamingRequest(authHeader, channelIdHeader);
    } catch (error) {
      throw asUnauthorized(error);
    }
  }
}

/** The app id the claims speak for (empty in local mode), which decides the credentials a client uses. */
function identityOf(claimsIdentity: ClaimsIdentity): string {
  return JwtTokenValidation.getAppIdFromClaims(claimsIdentity.claims) ?? '';
}
