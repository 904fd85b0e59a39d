# Every setting of a deployment. Defaults give a complete mainnet deployment, except a block
# source for sync (bitcoin_rest_url, bitcoin_rpc_url or esplora_url): there is no public default.

variable "aws_region" {
  description = "Region of every resource (the functions' AWS_REGION)."
  type        = string
  default     = "us-east-1"
}

variable "name_prefix" {
  description = "Prefix of every resource name; also the functions' TABLE_PREFIX, so table names are <name_prefix><logical name> (e.g. bns-blocks). Lets several deployments share one account."
  type        = string
  default     = "bns-"

  validation {
    condition     = can(regex("^[a-z0-9-]{1,20}$", var.name_prefix))
    error_message = "name_prefix must be 1-20 characters of a-z, 0-9 and '-' (it ends up in bucket, table and function names)."
  }
}

variable "tags" {
  description = "Extra tags on every resource."
  type        = map(string)
  default     = {}
}

variable "functions_dir" {
  description = "Folder holding the function modules; each Lambda uploads <functions_dir>/<module>/target/function.zip. Null means ../functions next to this folder (the repository layout)."
  type        = string
  default     = null
}

variable "lambda_runtime" {
  description = "\"native\": the GraalVM binaries built with mvn -Pnative package, on provided.al2023 (fast cold starts, small memory). \"jvm\": the JVM zips of a plain mvn package, on java21."
  type        = string
  default     = "native"

  validation {
    condition     = contains(["native", "jvm"], var.lambda_runtime)
    error_message = "lambda_runtime must be \"native\" or \"jvm\"."
  }
}

variable "lambda_architecture" {
  description = "CPU architecture of every Lambda: arm64 (Graviton, cheaper per GB-second) or x86_64. A native zip must be built for the same architecture."
  type        = string
  default     = "arm64"

  validation {
    condition     = contains(["arm64", "x86_64"], var.lambda_architecture)
    error_message = "lambda_architecture must be arm64 or x86_64."
  }
}

variable "jvm_snapstart" {
  description = "With lambda_runtime = \"jvm\": enable Lambda SnapStart (published versions start from a snapshot taken after initialisation). Ignored for native."
  type        = bool
  default     = true
}

variable "jvm_tool_options" {
  description = "With lambda_runtime = \"jvm\": JAVA_TOOL_OPTIONS of every function. The default stops at the C1 compiler, which shortens cold starts of short-lived functions."
  type        = string
  default     = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1"
}

variable "memory_mb" {
  description = "Memory of a function in MB, by function name (lookup, verify, verify_http, authorize, storage, sync, sync_extract); functions not listed get 256 MB native or 1024 MB JVM. CPU share grows with memory."
  type        = map(number)
  default     = {}
}

variable "log_retention_days" {
  description = "Days CloudWatch keeps the functions' and the API's logs."
  type        = number
  default     = 30
}

variable "bns_network" {
  description = "Bitcoin network the index follows (BNS_NETWORK): mainnet, testnet or regtest."
  type        = string
  default     = "mainnet"

  validation {
    condition     = contains(["mainnet", "testnet", "regtest"], var.bns_network)
    error_message = "bns_network must be mainnet, testnet or regtest."
  }
}

variable "bns_first_block" {
  description = "First block sync indexes (BNS_FIRST_BLOCK); null means the network's first BNS block (373601 on mainnet, 1 otherwise)."
  type        = number
  default     = null
}

variable "bitcoin_rest_url" {
  description = "Base URL of a Bitcoin Core node's REST interface (bitcoind -rest -txindex), e.g. http://10.0.1.5:8332, that sync reads blocks from (BITCOIN_REST_URL). Sync needs one block source: this, bitcoin_rpc_url or esplora_url; there is no public default."
  type        = string
  default     = null
}

variable "bitcoin_rpc_url" {
  description = "Bitcoin Core JSON-RPC URL (-txindex) as sync's block source instead (BITCOIN_RPC_URL), with bitcoin_rpc_user and bitcoin_rpc_password."
  type        = string
  default     = null
}

variable "bitcoin_rpc_user" {
  description = "JSON-RPC user for bitcoin_rpc_url (BITCOIN_RPC_USER)."
  type        = string
  default     = null
}

variable "bitcoin_rpc_password" {
  description = "JSON-RPC password for bitcoin_rpc_url (BITCOIN_RPC_PASSWORD); stored in the sync Lambda's environment, encrypted at rest."
  type        = string
  default     = null
  sensitive   = true
}

variable "esplora_url" {
  description = "Esplora API base URL including its prefix (ESPLORA_URL) as sync's block source instead, e.g. https://blockstream.info/api/."
  type        = string
  default     = null
}

variable "bitcoin_source" {
  description = "Which block source sync reads when several URLs are set: rest, rpc or esplora (BITCOIN_SOURCE); null means the one that is set."
  type        = string
  default     = null
}

variable "sync_schedule" {
  description = "EventBridge schedule expression invoking sync (one Bitcoin block every ~10 minutes; every minute keeps the index within a minute of its source)."
  type        = string
  default     = "rate(1 minute)"
}

variable "sync_confirmations" {
  description = "Confirmations a block needs before sync indexes it (SYNC_CONFIRMATIONS; the tip has 1)."
  type        = number
  default     = 6
}

variable "sync_max_blocks" {
  description = "Most blocks one sync invocation indexes (SYNC_MAX_BLOCKS); keep one run within the sync timeout."
  type        = number
  default     = 1000
}

variable "sync_reserved_concurrency" {
  description = "Concurrent sync runs allowed (1: one at a time; overlapping runs would only redo work). Accounts whose concurrency limit is 10 cannot reserve any and must use -1 (unreserved)."
  type        = number
  default     = 1
}

variable "sync_extract_concurrency" {
  description = "Most catch-up extract invocations running at once (each reads blocks from the node on SYNC_FETCH_THREADS threads, default 4): size it to what the node serves. -1: unreserved."
  type        = number
  default     = 8
}

variable "sync_extract_retention_days" {
  description = "Days S3 keeps catch-up extracts (the sync-extracts bucket); sync applies them long before."
  type        = number
  default     = 7
}

variable "sync_vpc_subnet_ids" {
  description = "Subnets to run sync and catch-up extraction in when the Bitcoin node is only reachable inside a VPC (the subnets need a route to DynamoDB and S3, e.g. gateway endpoints). Empty: sync runs outside any VPC."
  type        = list(string)
  default     = []
}

variable "sync_vpc_security_group_ids" {
  description = "Security groups of sync inside the VPC (used only with sync_vpc_subnet_ids)."
  type        = list(string)
  default     = []
}

variable "sync_lag_alarm_blocks" {
  description = "The sync lag alarm fires when the index stays more than this many blocks behind the node's tip (beyond the confirmations it waits for) for 15 minutes, or when sync reports nothing."
  type        = number
  default     = 3
}

variable "alarm_actions" {
  description = "ARNs (e.g. an SNS topic) notified when an alarm fires or recovers."
  type        = list(string)
  default     = []
}

variable "gaia_bucket_name" {
  description = "Name of the Gaia bucket (GAIA_BUCKET); null means <name_prefix>gaia-<account id>-<region> (bucket names are global)."
  type        = string
  default     = null
}

variable "gaia_public_read" {
  description = "Serve Gaia reads straight from S3: anonymous GetObject on the bucket's objects (nothing else is public) and read_url_prefix set to the bucket's URL. False: the bucket is fully private and reads go through the storage function's /hub/ route."
  type        = bool
  default     = true
}

variable "gaia_read_url_prefix" {
  description = "read_url_prefix announced by /hub_info (GAIA_READ_URL_PREFIX), e.g. a CDN in front of the bucket; must end with '/'. Null: the bucket URL with gaia_public_read, else the API's /hub/ path."
  type        = string
  default     = null
}

variable "gaia_server_name" {
  description = "Server name in the Gaia challenge text (GAIA_SERVER_NAME)."
  type        = string
  default     = "gaia-0"
}

variable "gaia_max_upload_mb" {
  description = "Largest accepted Gaia upload in megabytes (GAIA_MAX_UPLOAD_MB). API Gateway refuses request bodies over 10 MB and Lambda payloads over 6 MB (base64 included), so more than 4 cannot work behind them."
  type        = number
  default     = 4
}

variable "gaia_lifecycle_rules" {
  description = "S3 lifecycle rules of the Gaia bucket (id, prefix, expiration_days). Empty by default: Gaia files are user data and are kept until their owner deletes them."
  type = list(object({
    id              = string
    prefix          = string
    expiration_days = number
  }))
  default = []
}

variable "point_in_time_recovery" {
  description = "DynamoDB point-in-time recovery on every table (35 days of restorable history)."
  type        = bool
  default     = true
}

variable "deletion_protection" {
  description = "Protect the tables from deletion (terraform destroy then fails until this is set to false and applied)."
  type        = bool
  default     = false
}

variable "http_api_enabled" {
  description = "Create the API Gateway HTTP API with the routes of every HTTP endpoint. LocalStack's free image has no API Gateway v2; set false there and use function URLs."
  type        = bool
  default     = true
}

variable "function_urls_enabled" {
  description = "Give the HTTP functions (lookup, storage, verify_http) public Lambda function URLs, which take the same events as the HTTP API. Meant for LocalStack and quick tests; routes, throttling and the authorizer exist only on the HTTP API."
  type        = bool
  default     = false
}

variable "api_throttling_burst_limit" {
  description = "HTTP API burst limit (requests) across all routes."
  type        = number
  default     = 500
}

variable "api_throttling_rate_limit" {
  description = "HTTP API steady-state limit (requests per second) across all routes."
  type        = number
  default     = 200
}

variable "authorizer_cache_seconds" {
  description = "How long API Gateway caches a token authorizer verdict per Authorization header (0 disables caching)."
  type        = number
  default     = 300
}

variable "authorizer_gaia_hub_urls" {
  description = "Hub URLs whose Gaia tokens the token authorizer admits (VERIFY_AUTHORIZER_GAIA_HUB_URLS): a token's hubUrl claim must name one, so a token a user gave another hub cannot be replayed here. Null means this deployment's own hub, the HTTP API's URL (api_url); add a custom domain here if clients reach the hub through one. Empty: no Gaia token is admitted (auth response tokens still are)."
  type        = list(string)
  default     = null
}

variable "authorized_routes" {
  description = "Route keys of the HTTP API (see http_api.tf, e.g. \"POST /v1/tokens/verify\") that only serve requests whose Authorization header passes the token authorizer."
  type        = list(string)
  default     = []
}

variable "service_endpoint" {
  description = "Endpoint the functions use for DynamoDB and S3 instead of AWS's (DYNAMODB_ENDPOINT, S3_ENDPOINT), as seen from inside a function; for LocalStack. Null on AWS."
  type        = string
  default     = null
}
