package org.blockstack.functions.infra.aws.dynamodb;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/** How many items a query matches, over every page: a COUNT query still stops at 1 MB of matches per page. */
public final class QueryCounts {
    private QueryCounts() {
    }

    public static long count(DynamoDbClient client, QueryRequest query) {
        QueryRequest counting = query.toBuilder().select(Select.COUNT).build();
        // the SDK's paginator follows LastEvaluatedKey
        return client.queryPaginator(counting).stream().mapToLong(QueryResponse::count).sum();
    }
}
