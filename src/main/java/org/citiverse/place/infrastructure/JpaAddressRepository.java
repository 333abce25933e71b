package org.citiverse.place.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.citiverse.place.domain.Address;
import org.citiverse.place.domain.AddressQuery;
import org.citiverse.place.domain.AddressRepository;
import org.citiverse.place.domain.AddressText;
import org.citiverse.shared.infrastructure.persistence.JpaStore;

/**
 * The register in the CitiVerse database. Street and postcode prefixes are ranges on their
 * indexes ({@code >= prefix and < next}), never LIKE: PostgreSQL serves LIKE 'x%' from an index
 * only under the C collation, a range under any.
 */
@ApplicationScoped
public class JpaAddressRepository extends JpaStore<Address> implements AddressRepository {

    public JpaAddressRepository() {
        super(Address.class);
    }

    @Override
    public Optional<Address> find(String id) {
        return Optional.ofNullable(em.find(Address.class, id));
    }

    @Override
    public Map<String, Address> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from Address a where a.id in :ids", Address.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(Address::id, Function.identity()));
    }

    @Override
    public List<Address> search(AddressQuery query, int max) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder jpql = new StringBuilder("select a from Address a where 1 = 1");
        StringBuilder order = new StringBuilder(" order by ");
        if (query.streetKey() != null) {
            jpql.append(" and a.streetKey >= :street");
            parameters.put("street", query.streetKey());
            String after = AddressText.keyAfterPrefix(query.streetKey());
            if (after != null) {
                jpql.append(" and a.streetKey < :streetAfter");
                parameters.put("streetAfter", after);
            }
            order.append("case when a.streetKey = :street then 0 else 1 end, ");
        }
        if (query.postcode() != null) {
            jpql.append(" and a.postcode = :postcode");
            parameters.put("postcode", query.postcode());
        }
        if (query.postcodePrefix() != null) {
            jpql.append(" and a.postcode >= :postcodeFrom");
            parameters.put("postcodeFrom", query.postcodePrefix());
            String after = AddressText.postcodeAfterPrefix(query.postcodePrefix());
            if (after != null) {
                jpql.append(" and a.postcode < :postcodeAfter");
                parameters.put("postcodeAfter", after);
            }
        }
        if (query.town() != null) {
            jpql.append(" and lower(a.town) like :town");
            parameters.put("town", query.town() + "%");
        }
        if (query.houseNumber() != null) {
            order.append("case when a.houseNumber = :number and coalesce(a.houseLetter, '') = :letter"
                    + " and coalesce(a.addition, '') = :addition then 0"
                    + " when a.houseNumber = :number and coalesce(a.houseLetter, '') = :letter then 1"
                    + " when a.houseNumber = :number then 2 else 3 end, abs(a.houseNumber - :number), ");
            parameters.put("number", query.houseNumber());
            parameters.put("letter", query.houseLetter() == null ? "" : query.houseLetter());
            parameters.put("addition", query.addition() == null ? "" : query.addition());
        }
        // A postcode search reads like the postcode book, a street search like the street.
        order.append(query.streetKey() == null ? "a.postcode, a.streetKey, " : "a.streetKey, a.postcode, ")
                .append("a.houseNumber, coalesce(a.houseLetter, ''), coalesce(a.addition, ''), a.id");
        TypedQuery<Address> search = em.createQuery(jpql.append(order).toString(), Address.class);
        parameters.forEach(search::setParameter);
        return search.setMaxResults(max).getResultList();
    }

    @Override
    public List<Address> nearest(double latitude, double longitude, double[] box, int max) {
        double eastWest = Math.cos(Math.toRadians(latitude));
        return em.createQuery("select a from Address a where a.latitude between :minLat and :maxLat"
                        + " and a.longitude between :minLon and :maxLon order by"
                        + " (a.latitude - :lat) * (a.latitude - :lat)"
                        + " + (a.longitude - :lon) * (a.longitude - :lon) * :squeeze, a.id", Address.class)
                .setParameter("minLat", box[0]).setParameter("minLon", box[1]).setParameter("maxLat", box[2])
                .setParameter("maxLon", box[3]).setParameter("lat", latitude).setParameter("lon", longitude)
                .setParameter("squeeze", eastWest * eastWest).setMaxResults(max).getResultList();
    }

    @Override
    public List<Address> inBox(double[] box, int max) {
        return em.createQuery("select a from Address a where a.latitude between :s and :n"
                        + " and a.longitude between :w and :e", Address.class)
                .setParameter("s", box[0]).setParameter("w", box[1]).setParameter("n", box[2])
                .setParameter("e", box[3]).setHint("org.hibernate.readOnly", true).setMaxResults(max).getResultList();
    }

    @Override
    public void add(Address address) {
        persist(address);
    }

    @Override
    public void flush() {
        em.flush();
        em.clear();
    }
}
