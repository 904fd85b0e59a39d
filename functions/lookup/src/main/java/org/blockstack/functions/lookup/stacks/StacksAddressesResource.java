package org.blockstack.functions.lookup.stacks;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.blockstack.functions.core.addresses.OwnerAddress;
import org.blockstack.functions.lookup.addresses.OwnedNames;
import org.blockstack.functions.lookup.http.Answer;
import org.blockstack.functions.lookup.http.AnswerCache;
import org.blockstack.functions.lookup.http.LookupApi;

/**
 * {@code /stacks/v1/addresses/{blockchain}/{address}} in the Stacks API dialect (read-api §7):
 * {@code stacks} (c32) or {@code bitcoin} (base58); an address that is not one owns nothing;
 * names sorted, revoked ones left out, expiry not checked.
 */
@LookupApi
@Path("/stacks/v1/addresses")
public class StacksAddressesResource {
    @Inject
    AnswerCache answers;
    @Inject
    OwnedNames owned;

    @GET
    @Path("{blockchain}/{address}")
    public Response names(@PathParam("blockchain") String blockchain, @PathParam("address") String address) {
        if (!OwnedNames.isSupported(blockchain)) {
            return Answer.error(404, "Unsupported blockchain").toResponse();
        }
        Optional<OwnerAddress> owner = OwnedNames.parse(blockchain, address);
        if (owner.isEmpty()) {
            return Answer.ok(Map.of("names", List.of())).toResponse();
        }
        return answers.get("stacks/addresses/" + owner.get().scriptPubKeyHex(), tip -> Answer.ok(Map.of("names",
                owned.of(owner.get(), tip, false).stream().sorted().toList()))).toResponse();
    }
}
