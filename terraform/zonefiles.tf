# Published zone files (POST /v1/zonefile), keyed by their hash160: written only by the lookup
# function, which stores a file only when some name announced its hash on chain, and read by lookup
# and sync (which indexes the subdomains of zone files stored before their announcement). Content
# addressed and never deleted, so no versioning and no lifecycle.
resource "aws_s3_bucket" "zonefiles" {
  bucket = "${var.name_prefix}zonefiles-${data.aws_caller_identity.current.account_id}-${var.aws_region}"
}

resource "aws_s3_bucket_ownership_controls" "zonefiles" {
  bucket = aws_s3_bucket.zonefiles.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "zonefiles" {
  bucket = aws_s3_bucket.zonefiles.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_public_access_block" "zonefiles" {
  bucket                  = aws_s3_bucket.zonefiles.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}
