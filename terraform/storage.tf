# The Gaia bucket: encrypted, versioned off (Gaia has its own ETag preconditions), no lifecycle
# unless asked for, and public access blocked except anonymous reads of objects when
# gaia_public_read is on (the Gaia read path: clients GET read_url_prefix + address/path).
locals {
  gaia_bucket          = coalesce(var.gaia_bucket_name, "${var.name_prefix}gaia-${data.aws_caller_identity.current.account_id}-${var.aws_region}")
  gaia_bucket_url      = "https://${aws_s3_bucket.gaia.bucket_regional_domain_name}/"
  gaia_read_url_prefix = var.gaia_read_url_prefix != null ? var.gaia_read_url_prefix : (var.gaia_public_read ? local.gaia_bucket_url : null)
}

resource "aws_s3_bucket" "gaia" {
  bucket = local.gaia_bucket
}

resource "aws_s3_bucket_ownership_controls" "gaia" {
  bucket = aws_s3_bucket.gaia.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "gaia" {
  bucket = aws_s3_bucket.gaia.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_public_access_block" "gaia" {
  bucket                  = aws_s3_bucket.gaia.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = !var.gaia_public_read
  restrict_public_buckets = !var.gaia_public_read
}

data "aws_iam_policy_document" "gaia_public_read" {
  statement {
    sid       = "GaiaReadPath"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.gaia.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "gaia_public_read" {
  count  = var.gaia_public_read ? 1 : 0
  bucket = aws_s3_bucket.gaia.id
  policy = data.aws_iam_policy_document.gaia_public_read.json

  depends_on = [aws_s3_bucket_public_access_block.gaia]
}

# Browsers read Gaia files from other origins and need the ETag (gaia-hub spec, read side).
resource "aws_s3_bucket_cors_configuration" "gaia" {
  count  = var.gaia_public_read ? 1 : 0
  bucket = aws_s3_bucket.gaia.id
  cors_rule {
    allowed_methods = ["GET", "HEAD"]
    allowed_origins = ["*"]
    allowed_headers = ["*"]
    expose_headers  = ["ETag", "Content-Type"]
    max_age_seconds = 86400
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "gaia" {
  count  = length(var.gaia_lifecycle_rules) > 0 ? 1 : 0
  bucket = aws_s3_bucket.gaia.id

  dynamic "rule" {
    for_each = var.gaia_lifecycle_rules
    content {
      id     = rule.value.id
      status = "Enabled"
      filter {
        prefix = rule.value.prefix
      }
      expiration {
        days = rule.value.expiration_days
      }
    }
  }
}
