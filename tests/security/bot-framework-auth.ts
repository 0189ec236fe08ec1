import { createSign, generateKeyPairSync, type KeyObject } from "node:crypto";
import nock from "nock";

/** Where botbuilder reads the Bot Framework channel's signing keys (AuthenticationConstants). */
export const OPENID_HOST = "https://login.botframework.com";
export const OPENID_PATH = "/v1/.well-known/openidconfiguration";
const JWKS_PATH = "/v1/.well-known/keys";
/** The issuer botbuilder requires on tokens from the channel service. */
export const CHANNEL_ISSUER = "https://api.botframework.com";
/** Where MSAL asks for the bot's own outbound token (tenant botframework.com for multi-tenant). */
const AAD_HOST = "https://login.microsoftonline.com";

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString("base64url");
}

/**
 * A stand-in for the Bot Framework's token service: an RSA key we generate, published as the
 * OpenID metadata and JWKS botbuilder fetches from login.botframework.com (intercepted by nock),
 * and tokens signed with it (RS256, node:crypto only). A token it signs verifies exactly as one
 * from Teams would, so a test can vary one claim (the audience) and see what botbuilder does.
 */
export class BotFrameworkTokenService {
  readonly kid = `test-key-${Math.random().toString(36).slice(2)}`;
  private readonly privateKey: KeyObject;
  private readonly jwk: { n: string; e: string };
  /** How often botbuilder fetched the keys (to prove the signature really was checked). */
  keyFetches = 0;

  constructor() {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    this.privateKey = privateKey;
    const jwk = publicKey.export({ format: "jwk" }) as { n: string; e: string };
    this.jwk = { n: jwk.n, e: jwk.e };
  }

  /** Intercepts the metadata, the keys and MSAL's outbound token requests. */
  intercept(): void {
    nock(OPENID_HOST)
      .persist()
      .get(OPENID_PATH)
      .reply(200, {
        issuer: CHANNEL_ISSUER,
        jwks_uri: `${OPENID_HOST}${JWKS_PATH}`,
        id_token_signing_alg_values_supported: ["RS256"],
        token_endpoint_auth_methods_supported: ["private_key_jwt"],
      })
      .get(JWKS_PATH)
      .reply(200, () => {
        this.keyFetches++;
        return {
          keys: [
            {
              kty: "RSA",
              use: "sig",
              kid: this.kid,
              n: this.jwk.n,
              e: this.jwk.e,
              // botbuilder refuses a key not endorsed for the activity's channel.
              endorsements: ["msteams"],
            },
          ],
        };
      });
    // The bot's replies need its own token from Entra ID (MSAL): any answer will do here.
    nock(AAD_HOST)
      .persist()
      .get(/\/discovery\/instance/)
      .reply(200, (uri: string) => {
        const authority = new URL(uri, AAD_HOST).searchParams.get("authorization_endpoint") ?? "";
        const tenant = /microsoftonline\.com\/([^/]+)\//.exec(authority)?.[1] ?? "common";
        return {
          tenant_discovery_endpoint: `${AAD_HOST}/${tenant}/v2.0/.well-known/openid-configuration`,
          "api-version": "1.1",
          metadata: [
            {
              preferred_network: "login.microsoftonline.com",
              preferred_cache: "login.windows.net",
              aliases: ["login.microsoftonline.com", "login.windows.net"],
            },
          ],
        };
      })
      .get(/\/v2\.0\/\.well-known\/openid-configuration/)
      .reply(200, (uri: string) => {
        const tenant = uri.split("/")[1] ?? "common";
        return {
          token_endpoint: `${AAD_HOST}/${tenant}/oauth2/v2.0/token`,
          authorization_endpoint: `${AAD_HOST}/${tenant}/oauth2/v2.0/authorize`,
          end_session_endpoint: `${AAD_HOST}/${tenant}/oauth2/v2.0/logout`,
          issuer: `${AAD_HOST}/${tenant}/v2.0`,
          jwks_uri: `${AAD_HOST}/${tenant}/discovery/v2.0/keys`,
          response_types_supported: ["code", "id_token", "token"],
        };
      })
      .post(/\/oauth2\/v2\.0\/token/)
      .reply(200, {
        token_type: "Bearer",
        expires_in: 3599,
        ext_expires_in: 3599,
        access_token: "outbound-test-token",
      });
  }

  /** A token as the Bot Framework channel service issues it, with any claim overridden. */
  token(claims: Record<string, unknown>, header: Record<string, unknown> = {}): string {
    const now = Math.floor(Date.now() / 1000);
    const head = base64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid: this.kid, ...header }));
    const body = base64url(
      JSON.stringify({
        iss: CHANNEL_ISSUER,
        nbf: now - 60,
        iat: now - 60,
        exp: now + 3600,
        ...claims,
      }),
    );
    const signer = createSign("RSA-SHA256");
    signer.update(`${head}.${body}`);
    return `${head}.${body}.${base64url(signer.sign(this.privateKey))}`;
  }
}
