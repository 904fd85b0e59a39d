# Variables for deploying terraform/ to LocalStack (see localstack/README.md).
aws_region       = "us-east-1"
gaia_bucket_name = "bns-gaia"

# LocalStack runs functions in containers of this machine's architecture; the JVM zips of a plain
# `mvn package` run anywhere (a native zip would have to be built for this machine).
lambda_runtime      = "jvm"
lambda_architecture = "x86_64"
jvm_snapstart       = false

# functions reach DynamoDB and S3 through LocalStack's own endpoint, from inside their containers
service_endpoint = "http://localhost.localstack.cloud:4566"

# LocalStack's free image has no API Gateway v2: reach the HTTP functions through function URLs.
http_api_enabled      = false
function_urls_enabled = true
gaia_public_read      = false

# a Bitcoin Core node with -rest on this machine, e.g. bitcoind -regtest -rest
bns_network        = "regtest"
bitcoin_rest_url   = "http://host.docker.internal:18443"
sync_confirmations = 1
