package org.blockstack.functions.benchmarks.tokens;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.blockstack.functions.core.addresses.Hashes;
import org.blockstack.functions.core.auth.AuthRequestRules;
import org.blockstack.functions.core.auth.AuthResponseRules;
import org.blockstack.functions.core.auth.NameOwners;
import org.blockstack.functions.core.profile.ProfileExpectation;
import org.blockstack.functions.core.profile.ProfileTokenRules;
import org.blockstack.functions.core.tokens.CompactToken;
import org.blockstack.functions.core.tokens.Es256kVerifier;
import org.blockstack.functions.core.tokens.MalformedTokenException;
import org.blockstack.functions.core.tokens.Secp256k1Keys;
import org.blockstack.functions.core.tokens.TokenClock;
import org.bouncycastle.asn1.sec.SECNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.util.Base64URL;

/**
 * Verifications per second on one thread: every token kind with all its rules (decode, header,
 * dates, signature, issuer, origins or expected signer), and the bare ES256K signature check three
 * ways, to show why the project calls BouncyCastle's custom curve directly. Run side by side with
 * the Node reference by {@link TokenVerifyBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TokenVerificationBenchmark {
    private static final TokenClock CLOCK = TokenClock.at(Instant.parse("2025-01-01T00:00:00Z"), Duration.ZERO);
    private static final NameOwners NO_INDEX = name -> new NameOwners.NameOwnership.Unknown("no index in the benchmark");
    private static final JWSHeader ES256K = new JWSHeader(JWSAlgorithm.ES256K);

    private String authRequest;
    private String authResponse;
    private String profile;
    private ProfileExpectation profileSigner;
    private String signerKey;
    private byte[] signingInput;
    private byte[] signature;
    private ECDomainParameters genericCurve;
    private ECPoint reusedKey;

    @Setup
    public void setUp() throws Exception {
        authRequest = BenchmarkTokens.authRequest().token();
        authResponse = BenchmarkTokens.authResponse().token();
        BenchmarkTokens.Token profileToken = BenchmarkTokens.profile();
        profile = profileToken.token();
        profileSigner = new ProfileExpectation(profileToken.publicKey(), null);
        CompactToken parsed = CompactToken.parse(authRequest);
        signerKey = BenchmarkTokens.authRequest().publicKey();
        signingInput = parsed.signingInput();
        signature = parsed.signature();
        X9ECParameters generic = SECNamedCurves.getByName("secp256k1");
        genericCurve = new ECDomainParameters(generic.getCurve(), generic.getG(), generic.getN(), generic.getH());
        reusedKey = Secp256k1Keys.decodePoint(signerKey);
        for (boolean ok : new boolean[] {authRequestFullRules(), authResponseFullRules(), profileFullRules(),
                signatureBouncyCastleCustomCurve(), signatureReusedKeyObject(), signatureNimbusJcaProvider(),
                signatureBouncyCastleGenericCurve()}) {
            if (!ok) {
                throw new IllegalStateException("a benchmark token does not verify");
            }
        }
    }

    @Benchmark
    public boolean authRequestFullRules() throws MalformedTokenException {
        return AuthRequestRules.judge(CompactToken.parse(authRequest), CLOCK).valid();
    }

    @Benchmark
    public boolean authResponseFullRules() throws MalformedTokenException {
        return AuthResponseRules.judge(CompactToken.parse(authResponse), CLOCK, NO_INDEX).valid();
    }

    @Benchmark
    public boolean profileFullRules() throws MalformedTokenException {
        return ProfileTokenRules.judge(CompactToken.parse(profile), profileSigner).valid();
    }

    /** The project's path: key decoded, SHA-256, ECDSA on the custom curve with the shared generator table. */
    @Benchmark
    public boolean signatureBouncyCastleCustomCurve() {
        return Es256kVerifier.verifyHash(Hashes.sha256(signingInput), signature, Secp256k1Keys.decodePoint(signerKey));
    }

    /**
     * The same, with one decoded key object reused: no decompression, and BouncyCastle keeps the
     * key's multiplication table on the object between calls. A lower bound for a token whose
     * key was seen before, not what a fresh token costs.
     */
    @Benchmark
    public boolean signatureReusedKeyObject() {
        return Es256kVerifier.verifyHash(Hashes.sha256(signingInput), signature, reusedKey);
    }

    /** Nimbus' ECDSAVerifier through the JCA with BouncyCastle as provider, key built per call. */
    @Benchmark
    public boolean signatureNimbusJcaProvider() throws JOSEException {
        ECDSAVerifier verifier = new ECDSAVerifier(Secp256k1Keys.toJcaKey(Secp256k1Keys.decodePoint(signerKey)));
        verifier.getJCAContext().setProvider(Secp256k1Keys.jcaProvider());
        return verifier.verify(ES256K, signingInput, Base64URL.encode(signature));
    }

    /** BouncyCastle's ECDSA on the generic prime-field curve (BigInteger field arithmetic). */
    @Benchmark
    public boolean signatureBouncyCastleGenericCurve() {
        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, new ECPublicKeyParameters(genericCurve.getCurve().decodePoint(
                Secp256k1Keys.parseHex(signerKey)), genericCurve));
        return verifier.verifySignature(Hashes.sha256(signingInput), BigIntegers.fromUnsignedByteArray(signature, 0, 32),
                BigIntegers.fromUnsignedByteArray(signature, 32, 32));
    }
}
