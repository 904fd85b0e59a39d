package org.blockstack.functions.infra.aws.dynamodb;

/**
 * Physical table names: a deployment-wide prefix (default {@code bns-}) plus the logical name,
 * so several deployments can share one account and region.
 */
public record TableNames(String prefix) {
    public static final String DEFAULT_PREFIX = "bns-";

    public TableNames {
        if (prefix == null || !prefix.matches("[A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException("table prefix '" + prefix + "' may only contain A-Z a-z 0-9 _ . -");
        }
    }

    public String of(String logicalName) {
        return prefix + logicalName;
    }
}
