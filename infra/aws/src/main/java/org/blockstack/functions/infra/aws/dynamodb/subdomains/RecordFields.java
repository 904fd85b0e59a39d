package org.blockstack.functions.infra.aws.dynamodb.subdomains;

import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * The attributes a stored record and a subdomain's current state both have: the record's owner,
 * sequence, zone file, where its carrying zone file was announced, and the basis of the judgement
 * that wrote the item. One definition, so both tables name and type them alike.
 */
public abstract class RecordFields {
    static final String BASIS = "basis";

    private String owner;
    private Long sequence;
    private String zonefile;
    private String zonefileHash;
    private Integer height;
    private Integer vtxindex;
    private String domain;
    private String resolver;
    private Integer basis;

    public String getOwner() { return owner; }
    public void setOwner(String value) { owner = value; }
    public Long getSequence() { return sequence; }
    public void setSequence(Long value) { sequence = value; }
    public String getZonefile() { return zonefile; }
    public void setZonefile(String value) { zonefile = value; }
    public String getZonefileHash() { return zonefileHash; }
    public void setZonefileHash(String value) { zonefileHash = value; }
    public Integer getHeight() { return height; }
    public void setHeight(Integer value) { height = value; }
    public Integer getVtxindex() { return vtxindex; }
    public void setVtxindex(Integer value) { vtxindex = value; }
    public String getDomain() { return domain; }
    public void setDomain(String value) { domain = value; }
    public String getResolver() { return resolver; }
    public void setResolver(String value) { resolver = value; }
    public Integer getBasis() { return basis; }
    public void setBasis(Integer value) { basis = value; }


    /** Adds the shared attributes to an item schema. */
    static <T extends RecordFields> StaticTableSchema.Builder<T> addTo(StaticTableSchema.Builder<T> schema) {
        return schema
                .addAttribute(String.class, a -> a.name("owner").getter(RecordFields::getOwner)
                        .setter(RecordFields::setOwner))
                .addAttribute(Long.class, a -> a.name("sequence").getter(RecordFields::getSequence)
                        .setter(RecordFields::setSequence))
                .addAttribute(String.class, a -> a.name("zonefile").getter(RecordFields::getZonefile)
                        .setter(RecordFields::setZonefile))
                .addAttribute(String.class, a -> a.name("zonefileHash").getter(RecordFields::getZonefileHash)
                        .setter(RecordFields::setZonefileHash))
                .addAttribute(Integer.class, a -> a.name("height").getter(RecordFields::getHeight)
                        .setter(RecordFields::setHeight))
                .addAttribute(Integer.class, a -> a.name("vtxindex").getter(RecordFields::getVtxindex)
                        .setter(RecordFields::setVtxindex))
                .addAttribute(String.class, a -> a.name("domain").getter(RecordFields::getDomain)
                        .setter(RecordFields::setDomain))
                .addAttribute(String.class, a -> a.name("resolver").getter(RecordFields::getResolver)
                        .setter(RecordFields::setResolver))
                .addAttribute(Integer.class, a -> a.name(BASIS).getter(RecordFields::getBasis)
                        .setter(RecordFields::setBasis));
    }
}
