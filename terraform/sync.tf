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
