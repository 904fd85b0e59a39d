package org.blockstack.functions.storage;

import org.blockstack.functions.core.gaia.GaiaPath;
import org.blockstack.functions.core.gaia.GaiaRequestException;

/**
 * The address and file path of a store or delete URL, taken from the request path exactly as it
 * arrived. The framework matches routes on a normalised path, in which {@code /store/A/../B/x}
 * has become {@code /store/B/x}: a traversal attempt would then be judged as a request for
 * bucket B. Reading the raw path keeps {@code ..} in the file path, where it is refused (403).
 */
record RawFilePath(String address, String encodedPath) {
    /**
     * @param rawPath the request path as sent, e.g. {@code /store/1A/a%20b.txt}
     * @param route   the route prefix, e.g. {@code /store/}
     */
    static RawFilePath of(String rawPath, String route) throws GaiaRequestException {
        if (rawPath == null || !rawPath.startsWith(route)) {
            throw GaiaRequestException.badPath();
        }
        String rest = rawPath.substring(route.length());
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1) {
            throw GaiaRequestException.badPath();
        }
        String address = rest.substring(0, slash);
        if (!GaiaPath.ADDRESS.matcher(address).matches()) {
            // e.g. "/store/./1A/x", which the router saw as "/store/1A/x"
            throw GaiaRequestException.badPath();
        }
        return new RawFilePath(address, rest.substring(slash + 1));
    }
}
