package org.blockstack.functions.infra.aws.dynamodb;

import java.util.Map;

import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Whole item images (attribute name to value), stored as one map attribute. */
public final class ItemImages {
    /** Converts an image to a DynamoDB map value and back. */
    public static final AttributeConverter<Map<String, AttributeValue>> CONVERTER = new Converter();

    private ItemImages() {
    }

    private static final class Converter implements AttributeConverter<Map<String, AttributeValue>> {
        private static final EnhancedType<Map<String, AttributeValue>> TYPE =
                EnhancedType.mapOf(String.class, AttributeValue.class);

        @Override
        public AttributeValue transformFrom(Map<String, AttributeValue> image) {
            return AttributeValue.fromM(image);
        }

        @Override
        public Map<String, AttributeValue> transformTo(AttributeValue value) {
            return value.m();
        }

        @Override
        public EnhancedType<Map<String, AttributeValue>> type() {
            return TYPE;
        }

        @Override
        public AttributeValueType attributeValueType() {
            return AttributeValueType.M;
        }
    }
}
