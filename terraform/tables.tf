# The DynamoDB tables. This map mirrors Tables.ALL in infra/aws (the static schemas the functions
# read and write with): TerraformDefinitionTest fails the build when a table, key or index differs,
# so a table added in Java must be added here too. Key types: S string, N number, B binary.
# readers / writers name the functions (see functions.tf) that get read or read-write access.
locals {
  tables = {
    "blocks" = {
      hash_key  = { name = "height", type = "N" }
      range_key = null
      indexes = {
        "by-consensus-hash" = { hash_key = { name = "consensusHash", type = "S" }, range_key = null }
      }
      readers = ["lookup"]
      writers = ["sync"]
    }
    "block-changes" = {
      hash_key  = { name = "height", type = "N" }
      range_key = { name = "seq", type = "N" }
      indexes   = {}
      readers   = []
      writers   = ["sync"]
    }
    "names" = {
      hash_key  = { name = "name", type = "S" }
      range_key = null
      indexes = {
        "all-names"        = { hash_key = { name = "listing", type = "S" }, range_key = { name = "name", type = "S" } }
        "by-name-hash128"  = { hash_key = { name = "nameHash128", type = "S" }, range_key = null }
        "by-namespace"     = { hash_key = { name = "namespaceId", type = "S" }, range_key = { name = "name", type = "S" } }
        "by-preorder-hash" = { hash_key = { name = "preorderHash", type = "S" }, range_key = null }
        "by-sender"        = { hash_key = { name = "sender", type = "S" }, range_key = { name = "name", type = "S" } }
      }
      readers = ["lookup", "verify", "verify_http", "authorize"]
      writers = ["sync"]
    }
    "namespaces" = {
      hash_key  = { name = "namespaceId", type = "S" }
      range_key = null
      indexes   = {}
      readers   = ["lookup"]
      writers   = ["sync"]
    }
    "preorders" = {
      hash_key  = { name = "preorderHash", type = "S" }
      range_key = null
      indexes = {
        "by-block" = { hash_key = { name = "blockNumber", type = "N" }, range_key = { name = "vtxindex", type = "N" } }
      }
      readers = ["lookup"]
      writers = ["sync"]
    }
    "import-keyrings" = {
      hash_key  = { name = "namespaceId", type = "S" }
      range_key = null
      indexes   = {}
      readers   = []
      writers   = ["sync"]
    }
    "history" = {
      hash_key  = { name = "subject", type = "S" }
      range_key = { name = "position", type = "S" }
      indexes = {
        "by-height"     = { hash_key = { name = "height", type = "N" }, range_key = { name = "vtxindex", type = "N" } }
        "by-value-hash" = { hash_key = { name = "valueHash", type = "S" }, range_key = { name = "position", type = "S" } }
        "by-creator"    = { hash_key = { name = "creatorAddress", type = "S" }, range_key = { name = "position", type = "S" } }
        "by-txid"       = { hash_key = { name = "txid", type = "S" }, range_key = null }
      }
      readers = ["lookup"]
      writers = ["sync"]
    }
    "subdomain-records" = {
      hash_key  = { name = "fqn", type = "S" }
      range_key = { name = "position", type = "S" }
      indexes = {
        "by-txid" = { hash_key = { name = "txid", type = "S" }, range_key = { name = "offset", type = "N" } }
      }
      readers = ["lookup"]
      writers = ["lookup", "sync"]
    }
    "subdomains" = {
      hash_key  = { name = "fqn", type = "S" }
      range_key = null
      indexes = {
        "by-parent"      = { hash_key = { name = "parent", type = "S" }, range_key = { name = "fqn", type = "S" } }
        "by-owner"       = { hash_key = { name = "ownerKey", type = "S" }, range_key = { name = "fqn", type = "S" } }
        "all-subdomains" = { hash_key = { name = "listing", type = "S" }, range_key = { name = "created", type = "S" } }
        "by-creator"     = { hash_key = { name = "creatorKey", type = "S" }, range_key = { name = "created", type = "S" } }
      }
      readers = ["lookup"]
      writers = ["lookup", "sync"]
    }
    "gaia-revocations" = {
      hash_key  = { name = "address", type = "S" }
      range_key = null
      indexes   = {}
      readers   = []
      writers   = ["storage"]
    }
    "sync-state" = {
      hash_key  = { name = "id", type = "S" }
      range_key = null
      indexes   = {}
      readers   = ["lookup"]
      writers   = ["sync"]
    }
  }

  # every key attribute of a table and its indexes, once each, with its type
  table_attributes = {
    for name, table in local.tables : name => merge(
      { (table.hash_key.name) = table.hash_key.type },
      table.range_key == null ? {} : { (table.range_key.name) = table.range_key.type },
      merge([for index in values(table.indexes) : merge(
        { (index.hash_key.name) = index.hash_key.type },
        index.range_key == null ? {} : { (index.range_key.name) = index.range_key.type }
      )]...)
    )
  }
}

resource "aws_dynamodb_table" "table" {
  for_each = local.tables

  name                        = "${var.name_prefix}${each.key}"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = each.value.hash_key.name
  range_key                   = each.value.range_key == null ? null : each.value.range_key.name
  deletion_protection_enabled = var.deletion_protection

  dynamic "attribute" {
    for_each = local.table_attributes[each.key]
    content {
      name = attribute.key
      type = attribute.value
    }
  }

  dynamic "global_secondary_index" {
    for_each = each.value.indexes
    content {
      name            = global_secondary_index.key
      hash_key        = global_secondary_index.value.hash_key.name
      range_key       = global_secondary_index.value.range_key == null ? null : global_secondary_index.value.range_key.name
      projection_type = "ALL"
    }
  }

  point_in_time_recovery {
    enabled = var.point_in_time_recovery
  }

  server_side_encryption {
    enabled = true
  }
}
