package org.blockstack.functions.lookup.addresses;

import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.blockstack.functions.core.addresses.OwnerAddress;
import org.blockstack.functions.lookup.http.Answer;
import org.blockstack.functions.lookup.http.AnswerCache;
import org.blockstack.functions.lookup.http.LookupApi;

/**
 * {@code /v1/addresses/{blockchain}/{address}} in Core's dialect (read-api §7): the address is
 * checked first (400), then the blockchain (404). Besides Core's {@code bitcoin} (base58), Hiro's
 * {@code stacks} (c32) is accepted, as the spec recommends.
 */
@LookupApi
@Path("/v1/addresses")
public class CoreAddressesResource {
    @Inject
    AnswerCache answers;
    @Inject
    OwnedNames owned;

    @GET
    @Path("{blockchain}/{address}")
    public Response names(@PathParam("blockchain") String blockchain, @PathParam("address") String address) {
        Optional<OwnerAddress> owner = OwnedNames.parse(blockchain, address);
        if (owner.isEmpty() && OwnedNames.isSupported(blockchain)) {
            return Answer.error(400, "Invalid address").toResponse();
        }
        if (owner.isEmpty()) {
            // not a blockchain we know: check the address as Core did (base58) before saying so
            return (OwnerAddress.fromBase58(address).isEmpty() ? Answer.error(400, "Invalid address")
                    : Answer.error(404, "Unsupported blockchain")).toResponse();
        }
        return answers.get("core/addresses/" + owner.get().scriptPubKeyHex(),
                tip -> Answer.ok(Map.of("names", owned.of(owner.get(), tip, true)))).toResponse();
    }
}
