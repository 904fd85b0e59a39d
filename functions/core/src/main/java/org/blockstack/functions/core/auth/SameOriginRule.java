package org.blockstack.functions.core.auth;

import java.util.Map;
import java.util.Optional;

import org.blockstack.functions.core.tokens.JsValues;
import org.blockstack.functions.core.tokens.TokenCheck;

/**
 * {@code isSameOriginAbsoluteUrl(domain_name, uri)} of {@code @stacks/common} (tokens spec §3.3
 * steps 5–6): both parse as URLs ({@link WebOrigin}), with equal scheme, host and effective port
 * ({@code parseInt(port || '0') | 0 || (https ? 443 : 80)}, so an explicit port 0 counts as the
 * default), and both strings contain {@code http://} or {@code https://} somewhere, letter case
 * as written.
 */
final class SameOriginRule {
    private SameOriginRule() {
    }

    static TokenCheck check(String checkName, Map<String, Object> payload, String field) {
        Object domainValue = payload.get("domain_name");
        Object uriValue = payload.get(field);
        if (!(domainValue instanceof String domain)) {
            return TokenCheck.fail(checkName, "domain_name is " + describe(domainValue) + ", expected the app's origin URL");
        }
        if (!(uriValue instanceof String uri)) {
            return TokenCheck.fail(checkName, field + " is " + describe(uriValue) + ", expected an absolute URL on "
                    + domain);
        }
        Optional<WebOrigin> domainOrigin = WebOrigin.parse(domain);
        if (domainOrigin.isEmpty()) {
            return TokenCheck.fail(checkName, "domain_name '" + domain + "' is not a URL");
        }
        Optional<WebOrigin> uriOrigin = WebOrigin.parse(uri);
        if (uriOrigin.isEmpty()) {
            return TokenCheck.fail(checkName, field + " '" + uri + "' is not a URL");
        }
        if (!mentionsHttp(domain) || !mentionsHttp(uri)) {
            return TokenCheck.fail(checkName, field + " '" + uri + "' and domain_name '" + domain
                    + "' must both be absolute http:// or https:// URLs");
        }
        WebOrigin expected = domainOrigin.get();
        WebOrigin actual = uriOrigin.get();
        if (!expected.scheme().equals(actual.scheme()) || !expected.host().equals(actual.host())
                || effectivePort(expected) != effectivePort(actual)) {
            return TokenCheck.fail(checkName, field + " '" + uri + "' is not on domain_name's origin: it is "
                    + describe(actual) + ", expected " + describe(expected));
        }
        return TokenCheck.pass(checkName, field + " is on domain_name's origin " + describe(expected));
    }

    private static boolean mentionsHttp(String url) {
        return url.contains("http://") || url.contains("https://");
    }

    private static int effectivePort(WebOrigin origin) {
        Integer port = origin.port();
        if (port != null && port != 0) {
            return port;
        }
        return origin.scheme().equals("https") ? 443 : 80;
    }

    private static String describe(WebOrigin origin) {
        return origin.scheme() + "://" + origin.host() + ":" + effectivePort(origin);
    }

    private static String describe(Object value) {
        return value == null ? "missing" : "a " + JsValues.typeOf(value);
    }
}
