output "api_url" {
  description = "Base URL of the HTTP API (every route); null without the HTTP API."
  value       = var.http_api_enabled ? aws_apigatewayv2_api.http[0].api_endpoint : null
}

output "function_urls" {
  description = "Function URLs of the HTTP functions, when function_urls_enabled."
  value       = { for name, url in aws_lambda_function_url.function : name => url.function_url }
}

output "function_names" {
  description = "Lambda function name of each deployed function."
  value       = { for name, fn in aws_lambda_function.function : name => fn.function_name }
}

output "table_names" {
  description = "DynamoDB table name by logical name."
  value       = { for name, table in aws_dynamodb_table.table : name => table.name }
}

output "gaia_bucket" {
  description = "The Gaia bucket (GAIA_BUCKET)."
  value       = aws_s3_bucket.gaia.bucket
}

output "gaia_read_url_prefix" {
  description = "read_url_prefix that /hub_info announces; null means the API's /hub/ path."
  value       = local.gaia_read_url_prefix
}

output "zonefile_bucket" {
  description = "The bucket of published zone files (ZONEFILE_BUCKET)."
  value       = aws_s3_bucket.zonefiles.bucket
}

output "sync_extract_bucket" {
  description = "Bucket of catch-up extracts (SYNC_EXTRACT_BUCKET of sync and sync_extract)."
  value       = aws_s3_bucket.sync_extracts.bucket
}

output "name_event_bus_arn" {
  description = "EventBridge bus that name events are published to."
  value       = aws_cloudwatch_event_bus.names.arn
}
