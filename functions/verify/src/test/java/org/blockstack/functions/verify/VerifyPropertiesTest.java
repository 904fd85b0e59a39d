package org.blockstack.functions.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.blockstack.functions.core.auth.NameOwners;
import org.blockstack.functions.core.tokens.CompactToken;
import org.blockstack.functions.core.tokens.Es256kSigner;
import org.blockstack.functions.core.tokens.MalformedTokenException;
import org.blockstack.functions.core.tokens.TestTokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever arrives, the handler answers (200 or 400, never an exception) and nothing but a
 * genuinely signed token verifies: random text, random segments, and random edits of valid
 * tokens of every kind that change what was signed or the signature.
 */
class VerifyPropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Es256kSigner ID = TestTokens.idKey();
    private static final VerifyService SERVICE = new VerifyService(name -> new NameOwners.NameOwnership.Unknown("no index in this test"), new HubRulesGaiaTokenJudge(),
            Duration.ZERO, Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));
    private static final VerifyHttpHandler HANDLER = new VerifyHttpHandler(SERVICE);

    /** A valid token with the type and hints it is valid under. */
    record Case(String token, TokenType type, TokenHints hints) {
    }

    private static final List<Case> VALID = List.of(
            new Case(ID.sign(TestTokens.authRequestClaims(ID)), TokenType.AUTH_REQUEST, TokenHints.NONE),
            new Case(ID.sign(TestTokens.authResponseClaims(ID)), TokenType.AUTH_RESPONSE, TokenHints.NONE),
            new Case(ID.sign(TestTokens.profileClaims(TestTokens.ID_PUBLIC)), TokenType.PROFILE,
                    new TokenHints(TestTokens.ID_PUBLIC, null, null)));

    @Example
    void theUneditedTokensAreValid() {
        for (Case valid : VALID) {
            assertThat(SERVICE.verify(valid.token(), valid.type(), valid.hints()).valid()).as(valid.type().name()).isTrue();
            assertThat(SERVICE.verify(valid.token(), TokenType.AUTO, valid.hints()).valid()).isTrue();
        }
    }

    @Property(tries = 400)
    void randomTextIsAnsweredAndNeverValid(@ForAll String token, @ForAll("types") String type) throws Exception {
        HttpReply reply = HANDLER.handle(JSON.writeValueAsString(Map.of("token", token, "type", type)), "application/json");
        assertNeverValid(reply);
    }

    @Property(tries = 400)
    void randomSegmentsAreAnsweredAndNeverValid(@ForAll("segments") String token, @ForAll("types") String type)
            throws Exception {
        HttpReply reply = HANDLER.handle(JSON.writeValueAsString(Map.of("token", token, "type", type)), "application/json");
        assertNeverValid(reply);
    }

    @Property(tries = 300)
    void randomBodiesAreAnsweredWith200Or400(@ForAll String body) {
        HttpReply reply = HANDLER.handle(body, "application/json");
        assertThat(reply.status()).isIn(200, 400);
        assertNeverValid(reply);
    }

    @Property(tries = 1500)
    void editsOfValidTokensNeverVerify(@ForAll("validCases") Case valid, @ForAll("edits") Edit edit) {
        String edited = edit.apply(valid.token());
        Assume.that(changesWhatIsVerified(valid.token(), edited));
        VerifyResult result = SERVICE.verify(edited, valid.type(), valid.hints());
        assertThat(result.valid()).as("edited token %s", edited).isFalse();
        assertThat(result.checks()).anyMatch(check -> !check.ok());
        assertThat(SERVICE.verify(edited, TokenType.AUTO, valid.hints()).valid()).isFalse();
    }

    private static void assertNeverValid(HttpReply reply) {
        assertThat(reply.status()).isIn(200, 400);
        if (reply.body() instanceof VerifyResult result) {
            assertThat(result.valid()).isFalse();
            assertThat(result.checks()).anyMatch(check -> !check.ok());
        }
    }

    /**
     * Whether the edit changed the signing input or the signature bytes. Edits that change
     * neither (the unused low bits of the signature's last character, a fourth segment) leave
     * the same signed token, which rightly still verifies, as it does in jsontokens.
     */
    private static boolean changesWhatIsVerified(String original, String edited) {
        try {
            CompactToken before = CompactToken.parse(original);
            CompactToken after = CompactToken.parse(edited);
            return !Arrays.equals(before.signingInput(), after.signingInput())
                    || !Arrays.equals(before.signature(), after.signature());
        } catch (MalformedTokenException e) {
            return true;
        }
    }

    @Provide
    Arbitrary<String> types() {
        return Arbitraries.of("auto", "authRequest", "authResponse", "profile");
    }

    @Provide
    Arbitrary<String> segments() {
        Arbitrary<String> segment = Arbitraries.bytes().array(byte[].class).ofMaxSize(120)
                .map(bytes -> Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        Arbitrary<String> jsonSegment = Arbitraries.strings().ofMaxLength(60)
                .map(text -> TestTokens.segment("{\"alg\":\"ES256K\",\"public_keys\":[\"" + text + "\"]}"));
        return Combinators.combine(Arbitraries.oneOf(segment, jsonSegment), Arbitraries.oneOf(segment, jsonSegment), segment)
                .as((header, payload, signature) -> header + "." + payload + "." + signature);
    }

    @Provide
    Arbitrary<Case> validCases() {
        return Arbitraries.of(VALID);
    }

    /** One edit at a position chosen as a fraction of the token's length. */
    interface Edit {
        String apply(String token);
    }

    @Provide
    Arbitrary<Edit> edits() {
        Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
        Arbitrary<Character> character = Arbitraries.oneOf(
                Arbitraries.chars().with("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                Arbitraries.chars().with(".=+/ \u00e9"), Arbitraries.chars());
        Arbitrary<Edit> replace = Combinators.combine(where, character).as((at, c) -> token -> {
            int i = index(token, at);
            return token.substring(0, i) + c + token.substring(i + 1);
        });
        Arbitrary<Edit> insert = Combinators.combine(where, character).as((at, c) -> token -> {
            int i = index(token, at);
            return token.substring(0, i) + c + token.substring(i);
        });
        Arbitrary<Edit> delete = where.map(at -> token -> {
            int i = index(token, at);
            return token.substring(0, i) + token.substring(i + 1);
        });
        Arbitrary<Edit> truncate = where.map(at -> token -> token.substring(0, index(token, at)));
        Arbitrary<Edit> flipSignatureBit = Arbitraries.integers().between(0, 511).map(bit -> token -> {
            byte[] signature = TestTokens.signatureOf(token);
            signature[bit / 8] ^= (byte) (1 << (bit % 8));
            return TestTokens.withSignature(token, signature);
        });
        Arbitrary<Edit> swapSegments = Arbitraries.of(List.<Edit>of(
                token -> {
                    String[] parts = TestTokens.parts(token);
                    return parts[1] + "." + parts[0] + "." + parts[2];
                },
                token -> TestTokens.parts(token)[0] + "." + TestTokens.parts(token)[1] + "." + TestTokens.parts(VALID.get(0).token())[2],
                token -> TestTokens.parts(token)[0] + "." + TestTokens.parts(VALID.get(1).token())[1] + "." + TestTokens.parts(token)[2]));
        return Arbitraries.oneOf(replace, insert, delete, truncate, flipSignatureBit, swapSegments);
    }

    private static int index(String token, double at) {
        return Math.min(token.length() - 1, (int) (at * token.length()));
    }
}
