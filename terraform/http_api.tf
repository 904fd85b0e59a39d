# The HTTP API: every HTTP endpoint the functions serve has a route here. TerraformDefinitionTest
# compares these routes with the JAX-RS resources of lookup and storage and with the verify route,
# so an endpoint added in code without a route fails the build. {proxy+} matches one or more path
# segments, so a new GET under /v1/ is routed already; a new method or prefix needs a route.
locals {
  routes = {
    "GET /v1/{proxy+}"          = "lookup"
    "GET /v2/{proxy+}"          = "lookup"
    "GET /stacks/{proxy+}"      = "lookup"
    "POST /v1/zonefile"         = "lookup"
    "POST /stacks/v1/zonefile"  = "lookup"
    "POST /v1/tokens/verify"    = "verify_http"
    "GET /hub_info"             = "storage"
    "POST /store/{proxy+}"      = "storage"
    "DELETE /delete/{proxy+}"   = "storage"
    "POST /list-files/{proxy+}" = "storage"
    "POST /revoke-all/{proxy+}" = "storage"
    "GET /hub/{proxy+}"         = "storage"
    "HEAD /hub/{proxy+}"        = "storage"
  }

  http_functions = toset(distinct(values(local.routes)))
}

resource "aws_apigatewayv2_api" "http" {
  count         = var.http_api_enabled ? 1 : 0
  name          = "${var.name_prefix}api"
  protocol_type = "HTTP"

  # Blockstack APIs are read from browser apps on any origin (read-api §3.3, gaia-hub §2.2);
  # API Gateway answers preflights itself and allows any request header (x-hiro-product included).
  cors_configuration {
    allow_origins  = ["*"]
    allow_methods  = ["GET", "HEAD", "POST", "DELETE", "OPTIONS"]
    allow_headers  = ["*"]
    expose_headers = ["etag", "content-type", "content-length", "content-range"]
    max_age        = 86400
  }
}

resource "aws_cloudwatch_log_group" "api" {
  count             = var.http_api_enabled ? 1 : 0
  name              = "/aws/apigateway/${var.name_prefix}api"
  retention_in_days = var.log_retention_days
}

resource "aws_apigatewayv2_stage" "default" {
  count       = var.http_api_enabled ? 1 : 0
  api_id      = aws_apigatewayv2_api.http[0].id
  name        = "$default"
  auto_deploy = true

  default_route_settings {
    throttling_burst_limit = var.api_throttling_burst_limit
    throttling_rate_limit  = var.api_throttling_rate_limit
  }

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api[0].arn
    format = jsonencode({
      requestId = "$context.requestId"
      route     = "$context.routeKey"
      status    = "$context.status"
      latencyMs = "$context.integrationLatency"
      ip        = "$context.identity.sourceIp"
      error     = "$context.integrationErrorMessage"
    })
  }
}

resource "aws_apigatewayv2_integration" "function" {
  for_each               = var.http_api_enabled ? local.http_functions : toset([])
  api_id                 = aws_apigatewayv2_api.http[0].id
  integration_type       = "AWS_PROXY"
  integration_uri        = aws_lambda_alias.live[each.key].invoke_arn
  payload_format_version = "2.0"
}

resource "aws_apigatewayv2_route" "route" {
  for_each           = var.http_api_enabled ? local.routes : {}
  api_id             = aws_apigatewayv2_api.http[0].id
  route_key          = each.key
  target             = "integrations/${aws_apigatewayv2_integration.function[each.value].id}"
  authorization_type = contains(var.authorized_routes, each.key) ? "CUSTOM" : "NONE"
  authorizer_id      = contains(var.authorized_routes, each.key) ? aws_apigatewayv2_authorizer.token[0].id : null
}

# The token authorizer (the verify module's authorize function): a route listed in
# authorized_routes is served only when the request's Authorization header carries a valid token.
resource "aws_apigatewayv2_authorizer" "token" {
  count                             = var.http_api_enabled ? 1 : 0
  api_id                            = aws_apigatewayv2_api.http[0].id
  name                              = "${var.name_prefix}token"
  authorizer_type                   = "REQUEST"
  authorizer_uri                    = aws_lambda_alias.live["authorize"].invoke_arn
  authorizer_payload_format_version = "2.0"
  enable_simple_responses           = true
  identity_sources                  = ["$request.header.Authorization"]
  authorizer_result_ttl_in_seconds  = var.authorizer_cache_seconds
}

resource "aws_lambda_permission" "api" {
  for_each      = var.http_api_enabled ? setunion(local.http_functions, ["authorize"]) : toset([])
  statement_id  = "AllowHttpApi"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.function[each.key].function_name
  qualifier     = aws_lambda_alias.live[each.key].name
  principal     = "apigateway.amazonaws.com"
  source_arn    = "${aws_apigatewayv2_api.http[0].execution_arn}/*"
}

# Function URLs take the same payload 2.0 events as the HTTP API (LocalStack, quick tests).
resource "aws_lambda_function_url" "function" {
  for_each           = var.function_urls_enabled ? local.http_functions : toset([])
  function_name      = aws_lambda_function.function[each.key].function_name
  qualifier          = aws_lambda_alias.live[each.key].name
  authorization_type = "NONE"
}
