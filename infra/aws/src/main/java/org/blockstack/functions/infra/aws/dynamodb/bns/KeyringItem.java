package org.blockstack.functions.infra.aws.dynamodb.bns;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

import java.util.List;

import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** A namespace's NAME_IMPORT keyring: table {@code import-keyrings}, key {@code namespaceId}. */
public final class KeyringItem {
    public static final String TABLE = "import-keyrings";

    public static final TableSchema<KeyringItem> SCHEMA = StaticTableSchema.builder(KeyringItem.class)
            .newItemSupplier(KeyringItem::new)
            .addAttribute(String.class, a -> a.name("namespaceId").getter(KeyringItem::getNamespaceId)
                    .setter(KeyringItem::setNamespaceId).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("publicKeyHex").getter(KeyringItem::getPublicKeyHex)
                    .setter(KeyringItem::setPublicKeyHex))
            .addAttribute(EnhancedType.listOf(String.class), a -> a.name("addresses").getter(KeyringItem::getAddresses)
                    .setter(KeyringItem::setAddresses))
            .build();

    private String namespaceId;
    private String publicKeyHex;
    private List<String> addresses;

    public String getNamespaceId() { return namespaceId; }
    public void setNamespaceId(String value) { namespaceId = value; }
    public String getPublicKeyHex() { return publicKeyHex; }
    public void setPublicKeyHex(String value) { publicKeyHex = value; }
    public List<String> getAddresses() { return addresses; }
    public void setAddresses(List<String> value) { addresses = value; }
}
