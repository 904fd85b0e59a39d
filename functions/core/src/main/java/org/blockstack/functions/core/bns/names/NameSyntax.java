package org.blockstack.functions.core.bns.names;

/**
 * Which strings are BNS names and namespace ids (bns-protocol §3.2): a namespace id is 1–19
 * characters of {@code [a-z0-9-_]}; a name is {@code part.namespace} with exactly one dot, a
 * non-empty part of the same characters, and at most 37 bytes in all.
 *
 * <p>The reference tests characters with a Python regex whose {@code $} also matches before a
 * trailing newline; that leniency is not reproduced (decisions I4-4).
 */
public final class NameSyntax {
    public static final int MAX_NAME_LENGTH = 37;
    public static final int MAX_NAMESPACE_ID_LENGTH = 19;

    private NameSyntax() {
    }

    public static boolean isValidNamespaceId(String id) {
        return id != null && !id.isEmpty() && id.length() <= MAX_NAMESPACE_ID_LENGTH && isLabel(id);
    }

    public static boolean isValidName(String fqn) {
        if (fqn == null || fqn.length() > MAX_NAME_LENGTH) {
            return false;
        }
        int dot = fqn.indexOf('.');
        if (dot <= 0 || fqn.indexOf('.', dot + 1) >= 0) {
            return false;
        }
        return isLabel(fqn.substring(0, dot)) && isValidNamespaceId(fqn.substring(dot + 1));
    }

    /**
     * A subdomain name (read-api §3.5): {@code leaf.label.namespace} with exactly two dots, a
     * non-empty leaf of {@code [a-z0-9-_+]} (a {@code +} is allowed here but not in names), and
     * {@code label.namespace} a valid name. The reference's nominal 37-character cap on the leaf
     * is not enforced, as it was not in practice.
     */
    public static boolean isValidSubdomain(String fqn) {
        if (fqn == null) {
            return false;
        }
        int dot = fqn.indexOf('.');
        if (dot <= 0 || fqn.chars().filter(c -> c == '.').count() != 2) {
            return false;
        }
        String leaf = fqn.substring(0, dot);
        for (int i = 0; i < leaf.length(); i++) {
            if (!isLabelChar(leaf.charAt(i)) && leaf.charAt(i) != '+') {
                return false;
            }
        }
        return isValidName(fqn.substring(dot + 1));
    }

    /** The parent name of a valid subdomain: everything after the first dot. */
    public static String parentOf(String subdomain) {
        return subdomain.substring(subdomain.indexOf('.') + 1);
    }

    /** The namespace id of a valid name: everything after the dot. */
    public static String namespaceOf(String fqn) {
        return fqn.substring(fqn.lastIndexOf('.') + 1);
    }

    /** The name without its namespace: everything before the dot. */
    public static String labelOf(String fqn) {
        return fqn.substring(0, fqn.lastIndexOf('.'));
    }

    private static boolean isLabel(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isLabelChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLabelChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
