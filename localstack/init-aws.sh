#!/usr/bin/env bash
# Creates the DynamoDB tables and the buckets (Gaia, zone files, sync's catch-up extracts) the functions
# expect, with plain aws CLI calls, for people who want only the stores (e.g. to point
# ./run-local.sh's functions or their own tests at LocalStack). The full deployment is terraform/ (see localstack/README.md).
#
# The tables are those of Tables.ALL in infra/aws (TerraformDefinitionTest and
# LocalStackInitScriptTest check this script and terraform/tables.tf against them).
# Safe to run again: existing tables and buckets are left as they are.
#
# Settings (environment):
#   AWS_ENDPOINT_URL     LocalStack's endpoint               default http://localhost:4566
#   DYNAMODB_ENDPOINT    DynamoDB endpoint, if different     default AWS_ENDPOINT_URL
#   S3_ENDPOINT          S3 endpoint, if different           default AWS_ENDPOINT_URL
#   TABLE_PREFIX         prefix of every table name          default bns-
#   GAIA_BUCKET          bucket of the Gaia hub              default bns-gaia
#   ZONEFILE_BUCKET      bucket of published zone files      default bns-zonefiles
#   SYNC_EXTRACT_BUCKET  bucket of sync's catch-up extracts  default bns-sync-extracts
#   AWS_REGION           region                              default us-east-1
#   AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY                 default test / test (LocalStack accepts any)
set -euo pipefail

endpoint="${AWS_ENDPOINT_URL:-http://localhost:4566}"
dynamodb_endpoint="${DYNAMODB_ENDPOINT:-$endpoint}"
s3_endpoint="${S3_ENDPOINT:-$endpoint}"
prefix="${TABLE_PREFIX:-bns-}"
bucket="${GAIA_BUCKET:-bns-gaia}"
zonefile_bucket="${ZONEFILE_BUCKET:-bns-zonefiles}"
extract_bucket="${SYNC_EXTRACT_BUCKET:-bns-sync-extracts}"
export AWS_DEFAULT_REGION="${AWS_REGION:-us-east-1}"
export AWS_ACCESS_KEY_ID="${AWS_ACCESS_KEY_ID:-test}"
export AWS_SECRET_ACCESS_KEY="${AWS_SECRET_ACCESS_KEY:-test}"
export AWS_PAGER=""
# path-style S3 URLs (http://host:port/bucket): emulators have no per-bucket host names
config="$(mktemp)"
trap 'rm -f "$config"' EXIT
printf '[default]\ns3 =\n    addressing_style = path\n' > "$config"
export AWS_CONFIG_FILE="$config"

dynamodb() { aws --endpoint-url "$dynamodb_endpoint" dynamodb "$@"; }
s3api() { aws --endpoint-url "$s3_endpoint" s3api "$@"; }

# create_table <logical name> <create-table arguments...>: on-demand, as Terraform creates them
create_table() {
  local name="$prefix$1"
  shift
  if dynamodb describe-table --table-name "$name" > /dev/null 2>&1; then
    echo "table $name exists"
  else
    dynamodb create-table --table-name "$name" --billing-mode PAY_PER_REQUEST "$@" > /dev/null
    echo "created table $name"
  fi
  dynamodb wait table-exists --table-name "$name"
}

create_table blocks \
  --attribute-definitions AttributeName=height,AttributeType=N AttributeName=consensusHash,AttributeType=S \
  --key-schema AttributeName=height,KeyType=HASH \
  --global-secondary-indexes '[{"IndexName":"by-consensus-hash","KeySchema":[{"AttributeName":"consensusHash","KeyType":"HASH"}],"Projection":{"ProjectionType":"ALL"}}]'

create_table block-changes \
  --attribute-definitions AttributeName=height,AttributeType=N AttributeName=seq,AttributeType=N \
  --key-schema AttributeName=height,KeyType=HASH AttributeName=seq,KeyType=RANGE

create_table names \
  --attribute-definitions AttributeName=name,AttributeType=S AttributeName=listing,AttributeType=S AttributeName=nameHash128,AttributeType=S AttributeName=namespaceId,AttributeType=S AttributeName=preorderHash,AttributeType=S AttributeName=sender,AttributeType=S \
  --key-schema AttributeName=name,KeyType=HASH \
  --global-secondary-indexes '[{"IndexName":"all-names","KeySchema":[{"AttributeName":"listing","KeyType":"HASH"},{"AttributeName":"name","KeyType":"RANGE"}],"Projection":{"ProjectionType":"ALL"}},{"IndexName":"by-name-hash128","KeySchema":[{"AttributeName":"nameHash128","KeyType":"HASH"}],"Projection":{"ProjectionType":"ALL"}},{"IndexName":"by-namespace","KeySchema":[{"AttributeName":"namespaceId","KeyType":"HASH"},{"AttributeName":"name","KeyType":"RANGE"}],"Projection":{"ProjectionType":"ALL"}},{"IndexName":"by-preorder-hash","KeySchema":[{"AttributeName":"preorderHash","KeyType":"HASH"}],"Projection":{"ProjectionType":"ALL"}},{"IndexName":"by-sender","KeySchema":[{"AttributeName":"sender","KeyType":"HASH"},{"AttributeName":"name","KeyType":"RANGE"}],"Projection":{"ProjectionType":"ALL"}}]'

create_table namespaces \
  --attribute-definitions AttributeName=namespaceId,AttributeType=S \
  --key-schema AttributeName=namespaceId,KeyType=HASH

create_table preorders \
  --attribute-definitions AttributeName=preorderHash,AttributeType=S AttributeName=blockNumber,AttributeType=N AttributeName=vtxindex,AttributeType=N \
  --key-schema AttributeName=preorderHash,KeyType=HASH \
  --global-secondary-indexes '[{"IndexName":"by-block","KeySchema":[{"AttributeName":"blockNumber","KeyType":"HASH"},{"AttributeName":"vtxindex","KeyType":"RANGE"}],"Projection":{"ProjectionType":"ALL"}}]'

create_table import-keyrings \
  --attribute-definitions AttributeName=namespaceId,AttributeType=S \
  --key-schema AttributeName=namespaceId,KeyType=HASH

create_table history \
  --attribute-definitions AttributeName=subject,AttributeType=S AttributeName=position,AttributeType=S AttributeName=height,AttributeType=N AttributeName=vtxindex,AttributeType=N AttributeName=valueHash,AttributeType=S AttributeName=creatorAddress,AttributeType=S AttributeName=txid,AttributeType=S \
  --key-schema AttributeName=subject,KeyType=HASH AttributeName=position,KeyType=RANGE \
  --global-secondary-indexes '[{"IndexName":"by-height","KeySchema":[{"AttributeName":"height","KeyType":"HASH"},{"AttributeName":"vtxindex","KeyType":"RANGE"}],"Projection":{"ProjectionType":"ALL"}},{"IndexName":"by-value-hash","KeySchema":[{"AttributeName":"valueHash","KeyType":"HASH"},{"AttributeName":"position","KeyType":"RANGE"}],"Projection":{"ProjectionType":"ALL"}},{"IndexName":"by-creator","KeySchema":[{"AttributeName":"creatorAddress","KeyType":"HASH"},{"AttributeName":"position","KeyType":"RANGE"}],"Projection":{"ProjectionType":"ALL"}},{"IndexName":"by-txid","KeySchema":[{"AttributeName":"txid","KeyType":"HASH"}],"Projection":{"ProjectionType":"ALL"}}]'

create_table subdomain-records \
  --attribute-definitions AttributeName=fqn,AttributeType=S AttributeName=position,AttributeType=S AttributeName=txid,AttributeType=S AttributeName=offset,AttributeType=N \
  --key-schema AttributeName=fqn,KeyType=HASH AttributeName=position,KeyType=RANGE \
  --global-secondary-indexes '[{"IndexName":"by-txid","KeySchema":[{"AttributeName":"txid","KeyType":"HASH"},{"AttributeName":"offset","KeyType":"RANGE"}],"Projection":{"ProjectionType":"ALL"}}]'

create_table subdomains \
  --attribute-definitions AttributeName=fqn,AttributeType=S AttributeName=parent,AttributeType=S AttributeName=ownerKey,AttributeType=S AttributeName=listing,AttributeType=S AttributeName=created,AttributeType=S AttributeName=creatorKey,AttributeType=S \
  --key-schema AttributeName=fqn,KeyType=HASH \
  --global-secondary-indexes '[{"IndexName":"by-parent","KeySchema":[{"AttributeName":"parent","KeyType":"HASH"},{"AttributeName":"fqn","KeyType":"RANGE"}],"Projection":{"ProjectionType":"ALL"}},{"IndexName":"by-owner","KeySchema":[{"AttributeName":"ownerKey","KeyType":"HASH"},{"AttributeName":"fqn","KeyType":"RANGE"}],"Projection":{"ProjectionType":"ALL"}},{"IndexName":"all-subdomains","KeySchema":[{"AttributeName":"listing","KeyType":"HASH"},{"AttributeName":"created","KeyType":"RANGE"}],"Projection":{"ProjectionType":"ALL"}},{"IndexName":"by-creator","KeySchema":[{"AttributeName":"creatorKey","KeyType":"HASH"},{"AttributeName":"created","KeyType":"RANGE"}],"Projection":{"ProjectionType":"ALL"}}]'

create_table gaia-revocations \
  --attribute-definitions AttributeName=address,AttributeType=S \
  --key-schema AttributeName=address,KeyType=HASH

create_table sync-state \
  --attribute-definitions AttributeName=id,AttributeType=S \
  --key-schema AttributeName=id,KeyType=HASH

# create_bucket <name>: in the configured region
create_bucket() {
  if s3api head-bucket --bucket "$1" > /dev/null 2>&1; then
    echo "bucket $1 exists"
  elif [ "$AWS_DEFAULT_REGION" = "us-east-1" ]; then
    s3api create-bucket --bucket "$1" > /dev/null
    echo "created bucket $1"
  else
    s3api create-bucket --bucket "$1" --create-bucket-configuration "LocationConstraint=$AWS_DEFAULT_REGION" > /dev/null
    echo "created bucket $1"
  fi
}

create_bucket "$bucket"
create_bucket "$zonefile_bucket"
create_bucket "$extract_bucket"
