package org.blockstack.functions.lookup.stacks;

import jakarta.ws.rs.Path;

import org.blockstack.functions.lookup.NodeStatusResource;
import org.blockstack.functions.lookup.blockchain.CoreBlockchainResource;
import org.blockstack.functions.lookup.http.LookupApi;
import org.blockstack.functions.lookup.prices.CorePricesResource;
import org.blockstack.functions.lookup.profiles.DidsResource;
import org.blockstack.functions.lookup.profiles.UsersResource;
import org.blockstack.functions.lookup.subdomains.CoreSubdomainsResource;
import org.blockstack.functions.lookup.zonefiles.ZonefilePublishResource;
import org.blockstack.functions.lookup.zonefiles.ZonefilesResource;

/**
 * The endpoints the Stacks API never had, served under {@code /stacks} in Core's shape (read-api
 * §2, the project's decision), so a client pointed at {@code {base}/stacks} finds every endpoint.
 * Each class is the Core resource again at the prefixed path.
 */
public final class CoreShapedRoutes {
    private CoreShapedRoutes() {
    }

    @LookupApi
    @Path("/stacks/v1")
    public static class NodeStatus extends NodeStatusResource {
    }

    @LookupApi
    @Path("/stacks/v1/blockchains/{blockchain}")
    public static class Blockchains extends CoreBlockchainResource {
    }

    @LookupApi
    @Path("/stacks/v1/zonefiles")
    public static class Zonefiles extends ZonefilesResource {
    }

    @LookupApi
    @Path("/stacks/v1/zonefile")
    public static class ZonefilePublish extends ZonefilePublishResource {
    }

    @LookupApi
    @Path("/stacks/v1/users")
    public static class UsersV1 extends UsersResource {
    }

    @LookupApi
    @Path("/stacks/v2/users")
    public static class UsersV2 extends UsersResource {
    }

    @LookupApi
    @Path("/stacks/v1/dids")
    public static class Dids extends DidsResource {
    }

    @LookupApi
    @Path("/stacks/v1/subdomains")
    public static class Subdomains extends CoreSubdomainsResource {
    }

    @LookupApi
    @Path("/stacks/v1/prices")
    public static class PricesV1 extends CorePricesResource {
    }
}
