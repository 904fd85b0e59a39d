# One Lambda per deployed function. A function module's artifact can back several Lambdas: the
# verify module's Funqy functions are each deployed on their own, picked by QUARKUS_FUNQY_EXPORT.
# TerraformDefinitionTest checks that every function module under functions/ and every Funqy
# function in them has a Lambda here, with the handler Quarkus generated for that module.
locals {
  quarkus_handler = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest"
  funqy_handler   = "io.quarkus.funqy.lambda.FunqyStreamHandler::handleRequest"

  functions = {
    lookup = {
      module               = "lookup"
      handler              = local.quarkus_handler
      funqy                = null
      timeout_s            = 10
      reserved_concurrency = -1
      gaia_access          = "none"
      environment = {
        ZONEFILE_BUCKET = aws_s3_bucket.zonefiles.bucket
      }
    }
    storage = {
      module               = "storage"
      handler              = local.quarkus_handler
      funqy                = null
      timeout_s            = 30
      reserved_concurrency = -1
      gaia_access          = "read-write"
      environment = merge(
        {
          GAIA_BUCKET        = local.gaia_bucket
          GAIA_SERVER_NAME   = var.gaia_server_name
          GAIA_MAX_UPLOAD_MB = tostring(var.gaia_max_upload_mb)
        },
        local.gaia_read_url_prefix == null ? {} : { GAIA_READ_URL_PREFIX = local.gaia_read_url_prefix }
      )
    }
    verify = {
      module               = "verify"
      handler              = local.funqy_handler
      funqy                = "verify"
      timeout_s            = 10
      reserved_concurrency = -1
      gaia_access          = "none"
      environment          = {}
    }
    verify_http = {
      module               = "verify"
      handler              = local.funqy_handler
      funqy                = "verifyHttp"
      timeout_s            = 10
      reserved_concurrency = -1
      gaia_access          = "none"
      environment          = {}
    }
    authorize = {
      module               = "verify"
      handler              = local.funqy_handler
      funqy                = "authorize"
      timeout_s            = 10
      reserved_concurrency = -1
      gaia_access          = "none"
      # without hub URLs the authorizer admits no Gaia tokens (docs/tokens.md, Authorizer)
      environment = length(local.authorizer_gaia_hub_urls) == 0 ? {} : {
        VERIFY_AUTHORIZER_GAIA_HUB_URLS = join(",", local.authorizer_gaia_hub_urls)
      }
    }
    sync = {
      module    = "sync"
      handler   = local.funqy_handler
      funqy     = "sync"
      timeout_s = 300
      # one run at a time: runs resume from the checkpoint, overlapping ones would only redo work
      reserved_concurrency = var.sync_reserved_concurrency
      gaia_access          = "none"
      # settings left null are not set, so the function's own defaults apply
      environment = { for name, value in merge(local.block_source_environment, {
        SYNC_MAX_BLOCKS       = tostring(var.sync_max_blocks)
        EVENTS_BUS_NAME       = aws_cloudwatch_event_bus.names.name
        SYNC_EXTRACT_FUNCTION = "${var.name_prefix}sync_extract:live"
        # announcements of zone files already stored are indexed for subdomains (docs/subdomains.md)
        ZONEFILE_BUCKET = aws_s3_bucket.zonefiles.bucket
      }) : name => value if value != null }
    }
    # catch-up extraction: sync hands it ranges of blocks when far behind (docs/sync-at-scale.md)
    sync_extract = {
      module    = "sync"
      handler   = local.funqy_handler
      funqy     = "extract"
      timeout_s = 900
      # each invocation reads blocks from the node on several threads: this caps the node's load
      reserved_concurrency = var.sync_extract_concurrency
      gaia_access          = "none"
      environment          = { for name, value in local.block_source_environment : name => value if value != null }
    }
  }

  # Gaia tokens the authorizer admits: those made for this deployment's hub, which the HTTP API
  # serves (its endpoint is known before any Lambda exists: the API depends on none of them)
  authorizer_gaia_hub_urls = var.authorizer_gaia_hub_urls != null ? var.authorizer_gaia_hub_urls : aws_apigatewayv2_api.http[*].api_endpoint

  # what sync and extraction both read: the block source, the confirmations, the extract bucket
  block_source_environment = {
    BITCOIN_SOURCE       = var.bitcoin_source
    BITCOIN_REST_URL     = var.bitcoin_rest_url
    BITCOIN_RPC_URL      = var.bitcoin_rpc_url
    BITCOIN_RPC_USER     = var.bitcoin_rpc_user
    BITCOIN_RPC_PASSWORD = var.bitcoin_rpc_password
    ESPLORA_URL          = var.esplora_url
    SYNC_CONFIRMATIONS   = tostring(var.sync_confirmations)
    SYNC_EXTRACT_BUCKET  = aws_s3_bucket.sync_extracts.bucket
  }

  native        = var.lambda_runtime == "native"
  functions_dir = var.functions_dir != null ? var.functions_dir : "${path.module}/../functions"

  # settings every function reads (README: Configuration)
  shared_environment = merge(
    {
      TABLE_PREFIX = var.name_prefix
      BNS_NETWORK  = var.bns_network
    },
    var.bns_first_block == null ? {} : { BNS_FIRST_BLOCK = tostring(var.bns_first_block) },
    var.service_endpoint == null ? {} : {
      DYNAMODB_ENDPOINT    = var.service_endpoint
      S3_ENDPOINT          = var.service_endpoint
      EVENTBRIDGE_ENDPOINT = var.service_endpoint
    },
    # Quarkus' advice for native Lambdas: the runtime, not the binary, handles signals
    local.native ? { DISABLE_SIGNAL_HANDLERS = "true" } : { JAVA_TOOL_OPTIONS = var.jvm_tool_options }
  )
}

resource "aws_cloudwatch_log_group" "function" {
  for_each          = local.functions
  name              = "/aws/lambda/${var.name_prefix}${each.key}"
  retention_in_days = var.log_retention_days
}

resource "aws_lambda_function" "function" {
  for_each = local.functions

  function_name    = "${var.name_prefix}${each.key}"
  role             = aws_iam_role.function[each.key].arn
  filename         = "${local.functions_dir}/${each.value.module}/target/function.zip"
  source_code_hash = filebase64sha256("${local.functions_dir}/${each.value.module}/target/function.zip")
  runtime          = local.native ? "provided.al2023" : "java21"
  handler          = local.native ? "bootstrap" : each.value.handler
  architectures    = [var.lambda_architecture]
  memory_size      = lookup(var.memory_mb, each.key, local.native ? 256 : 1024)
  timeout          = each.value.timeout_s
  publish          = true

  reserved_concurrent_executions = each.value.reserved_concurrency

  environment {
    variables = merge(
      local.shared_environment,
      each.value.environment,
      each.value.funqy == null ? {} : { QUARKUS_FUNQY_EXPORT = each.value.funqy }
    )
  }

  dynamic "snap_start" {
    for_each = !local.native && var.jvm_snapstart ? [1] : []
    content {
      apply_on = "PublishedVersions"
    }
  }

  dynamic "vpc_config" {
    for_each = contains(["sync", "sync_extract"], each.key) && length(var.sync_vpc_subnet_ids) > 0 ? [1] : []
    content {
      subnet_ids         = var.sync_vpc_subnet_ids
      security_group_ids = var.sync_vpc_security_group_ids
    }
  }

  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.function[each.key].name
  }

  lifecycle {
    precondition {
      condition     = !contains(["sync", "sync_extract"], each.key) || anytrue([for url in [var.bitcoin_rest_url, var.bitcoin_rpc_url, var.esplora_url] : url != null])
      error_message = "sync needs a block source: set bitcoin_rest_url, bitcoin_rpc_url or esplora_url."
    }
  }
}

# Callers invoke the alias, so SnapStart (which only applies to published versions) takes effect
# and a deployment switches every caller to the new version at once.
resource "aws_lambda_alias" "live" {
  for_each         = local.functions
  name             = "live"
  function_name    = aws_lambda_function.function[each.key].function_name
  function_version = aws_lambda_function.function[each.key].version
}

# Least privilege: each function may write only its own log group, reach only the tables that
# name it in tables.tf, and only storage reaches the Gaia bucket; only extraction writes extracts,
# only sync reads them and invokes extraction; only lookup writes the zone-file bucket, which
# sync reads too (announced zone files already stored are indexed for subdomains).
data "aws_iam_policy_document" "assume_lambda" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "function" {
  for_each           = local.functions
  name               = "${var.name_prefix}${each.key}"
  assume_role_policy = data.aws_iam_policy_document.assume_lambda.json
}

locals {
  table_arns = { for name, table in aws_dynamodb_table.table : name => [table.arn, "${table.arn}/index/*"] }
  readable_tables = {
    for fn in keys(local.functions) : fn => flatten([
      for name, table in local.tables : local.table_arns[name] if contains(concat(table.readers, table.writers), fn)
    ])
  }
  writable_tables = {
    for fn in keys(local.functions) : fn => flatten([
      for name, table in local.tables : local.table_arns[name] if contains(table.writers, fn)
    ])
  }
}

data "aws_iam_policy_document" "function" {
  for_each = local.functions

  statement {
    sid       = "OwnLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.function[each.key].arn}:*"]
  }

  dynamic "statement" {
    for_each = length(local.readable_tables[each.key]) > 0 ? [1] : []
    content {
      sid       = "ReadTables"
      actions   = ["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:DescribeTable", "dynamodb:ConditionCheckItem"]
      resources = local.readable_tables[each.key]
    }
  }

  dynamic "statement" {
    for_each = length(local.writable_tables[each.key]) > 0 ? [1] : []
    content {
      sid       = "WriteTables"
      actions   = ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem"]
      resources = local.writable_tables[each.key]
    }
  }

  dynamic "statement" {
    for_each = each.value.gaia_access == "read-write" ? [1] : []
    content {
      sid       = "GaiaObjects"
      actions   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
      resources = ["${aws_s3_bucket.gaia.arn}/*"]
    }
  }

  dynamic "statement" {
    for_each = each.value.gaia_access == "read-write" ? [1] : []
    content {
      sid       = "GaiaListing"
      actions   = ["s3:ListBucket"]
      resources = [aws_s3_bucket.gaia.arn]
    }
  }

  dynamic "statement" {
    for_each = each.key == "lookup" ? [1] : []
    content {
      sid       = "ZonefileObjects"
      actions   = ["s3:GetObject", "s3:PutObject"]
      resources = ["${aws_s3_bucket.zonefiles.arn}/*"]
    }
  }

  # sync reads stored zone files to index their subdomains as it applies their announcements
  dynamic "statement" {
    for_each = each.key == "sync" ? [1] : []
    content {
      sid       = "ReadZonefiles"
      actions   = ["s3:GetObject"]
      resources = ["${aws_s3_bucket.zonefiles.arn}/*"]
    }
  }

  # without ListBucket, S3 answers a zone file not published yet with 403 instead of 404
  dynamic "statement" {
    for_each = contains(["lookup", "sync"], each.key) ? [1] : []
    content {
      sid       = "FindZonefiles"
      actions   = ["s3:ListBucket"]
      resources = [aws_s3_bucket.zonefiles.arn]
    }
  }

  dynamic "statement" {
    for_each = each.key == "sync" ? [1] : []
    content {
      sid       = "PublishNameEvents"
      actions   = ["events:PutEvents"]
      resources = [aws_cloudwatch_event_bus.names.arn]
    }
  }

  dynamic "statement" {
    for_each = each.key == "sync_extract" ? [1] : []
    content {
      sid       = "WriteExtracts"
      actions   = ["s3:PutObject"]
      resources = ["${aws_s3_bucket.sync_extracts.arn}/extracts/*"]
    }
  }

  dynamic "statement" {
    for_each = each.key == "sync" ? [1] : []
    content {
      sid       = "ReadExtracts"
      actions   = ["s3:GetObject"]
      resources = ["${aws_s3_bucket.sync_extracts.arn}/extracts/*"]
    }
  }

  # without ListBucket, S3 answers a missing extract with 403 instead of 404 (the bucket holds extracts only)
  dynamic "statement" {
    for_each = each.key == "sync" ? [1] : []
    content {
      sid       = "FindExtracts"
      actions   = ["s3:ListBucket"]
      resources = [aws_s3_bucket.sync_extracts.arn]
    }
  }

  dynamic "statement" {
    for_each = each.key == "sync" ? [1] : []
    content {
      sid       = "FanOutExtraction"
      actions   = ["lambda:InvokeFunction"]
      resources = [aws_lambda_alias.live["sync_extract"].arn]
    }
  }

  dynamic "statement" {
    for_each = contains(["sync", "sync_extract"], each.key) && length(var.sync_vpc_subnet_ids) > 0 ? [1] : []
    content {
      sid       = "VpcNetworkInterfaces"
      actions   = ["ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DeleteNetworkInterface", "ec2:AssignPrivateIpAddresses", "ec2:UnassignPrivateIpAddresses"]
      resources = ["*"]
    }
  }
}

resource "aws_iam_role_policy" "function" {
  for_each = local.functions
  name     = "${var.name_prefix}${each.key}"
  role     = aws_iam_role.function[each.key].id
  policy   = data.aws_iam_policy_document.function[each.key].json
}
