# Sync on a schedule, the bus it publishes name events to, and the alarms that watch it.

resource "aws_cloudwatch_event_rule" "sync" {
  name                = "${var.name_prefix}sync"
  description         = "Runs the BNS sync function"
  schedule_expression = var.sync_schedule
}

resource "aws_cloudwatch_event_target" "sync" {
  rule = aws_cloudwatch_event_rule.sync.name
  arn  = aws_lambda_alias.live["sync"].arn
}

resource "aws_lambda_permission" "sync_schedule" {
  statement_id  = "AllowSchedule"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.function["sync"].function_name
  qualifier     = aws_lambda_alias.live["sync"].name
  principal     = "events.amazonaws.com"
  source_arn    = aws_cloudwatch_event_rule.sync.arn
}

# A failed run is not retried: the next scheduled run resumes from the checkpoint anyway.
resource "aws_lambda_function_event_invoke_config" "sync" {
  function_name                = aws_lambda_function.function["sync"].function_name
  qualifier                    = aws_lambda_alias.live["sync"].name
  maximum_retry_attempts       = 0
  maximum_event_age_in_seconds = 60
}

# Catch-up extraction is invoked by sync asynchronously: Lambda retries a failed range twice; a
# range that still fails is read by sync from the node itself when it gets there.
resource "aws_lambda_function_event_invoke_config" "sync_extract" {
  function_name                = aws_lambda_function.function["sync_extract"].function_name
  qualifier                    = aws_lambda_alias.live["sync_extract"].name
  maximum_retry_attempts       = 2
  maximum_event_age_in_seconds = 3600
}

# Extracted blocks (JSON, one object per chunk of 100 blocks) live only as long as a catch-up
# needs them: sync applies them within hours, and they can always be extracted again.
resource "aws_s3_bucket" "sync_extracts" {
  bucket = "${var.name_prefix}sync-extracts-${data.aws_caller_identity.current.account_id}-${var.aws_region}"
}

resource "aws_s3_bucket_ownership_controls" "sync_extracts" {
  bucket = aws_s3_bucket.sync_extracts.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "sync_extracts" {
  bucket = aws_s3_bucket.sync_extracts.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_public_access_block" "sync_extracts" {
  bucket                  = aws_s3_bucket.sync_extracts.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_lifecycle_configuration" "sync_extracts" {
  bucket = aws_s3_bucket.sync_extracts.id
  rule {
    id     = "expire-extracts"
    status = "Enabled"
    filter {
      prefix = "extracts/"
    }
    expiration {
      days = var.sync_extract_retention_days
    }
  }
}

# Name events (registrations, transfers, ...) for subscribers; sync is the only publisher.
resource "aws_cloudwatch_event_bus" "names" {
  name = "${var.name_prefix}names"
}

# Errors: a run that fails (block source unreachable, chain reorganised below the checkpoint)
# ends in a Lambda error; three failed minutes out of five is not a blip.
resource "aws_cloudwatch_metric_alarm" "sync_errors" {
  alarm_name          = "${var.name_prefix}sync-errors"
  alarm_description   = "BNS sync runs are failing; its log group says why."
  namespace           = "AWS/Lambda"
  metric_name         = "Errors"
  dimensions          = { FunctionName = aws_lambda_function.function["sync"].function_name }
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 5
  datapoints_to_alarm = 3
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = var.alarm_actions
  ok_actions          = var.alarm_actions
}

# Lag: every run reports SyncLagBlocks (node tip minus last indexed block) as a CloudWatch
# embedded metric. It idles at confirmations - 1; no data at all means sync is not running.
resource "aws_cloudwatch_metric_alarm" "sync_lag" {
  alarm_name          = "${var.name_prefix}sync-lag"
  alarm_description   = "The BNS index is falling behind the Bitcoin node, or sync reports nothing."
  namespace           = "BlockstackFunctions"
  metric_name         = "SyncLagBlocks"
  dimensions          = { Function = aws_lambda_function.function["sync"].function_name }
  statistic           = "Minimum"
  period              = 300
  evaluation_periods  = 3
  threshold           = var.sync_confirmations - 1 + var.sync_lag_alarm_blocks
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "breaching"
  alarm_actions       = var.alarm_actions
  ok_actions          = var.alarm_actions
}
