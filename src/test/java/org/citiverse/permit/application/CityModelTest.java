package org.citiverse.permit.application;

import static org.citiverse.permit.domain.CityFixtures.CITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citiverse.permit.domain.Building;
import org.citiverse.permit.domain.CityFeature;
import org.citiverse.permit.domain.CityFixtures;
import org.citiverse.permit.domain.CityIndex;
import org.citiverse.permit.domain.CityModelException;
import org.citiverse.permit.domain.CityModelRepository;
import org.citiverse.permit.domain.Parcel;
import org.citiverse.permit.domain.Zone;
import org.citiverse.permit.domain.ZoneRules;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;

/**
 * The city model service over the demo city shipped in V23 (read from the migration, as the
 * database would give it), and how fast its index is built and asked.
 */
class CityModelTest {

    private static final Path V23 = Path.of("db-migrations/V23__permit_city_model.sql");
    private static final Pattern ROW = Pattern.compile("^\\('([^']+)',(null|'[^']*'),'((?:POLYGON|MULTIPOLYGON)[^']*)',"
            + "([^\\n]*)\\),?;?$", Pattern.MULTILINE);
    private static final Pattern ZONE = Pattern.compile("^\\('([^']+)','([^']+)','([^']+)','((?:POLYGON|MULTIPOLYGON)"
            + "[^']*)',([\\d.]+),([\\d.]+),([\\d.]+),(true|false),(true|false),(true|false),", Pattern.MULTILINE);

    /** The demo model as stored rows, kept in memory like the database would hand them out. */
    static final class DemoRepository implements CityModelRepository {
        final List<Parcel> parcels = new ArrayList<>();
        final List<Zone> zones = new ArrayList<>();
        final List<Building> buildings = new ArrayList<>();

        DemoRepository() throws Exception {
            String sql = Files.readString(V23);
            WKTReader wkt = new WKTReader();
            String parcelPart = sql.substring(sql.indexOf("insert into permit_parcel"), sql.indexOf("insert into permit_building"));
            String buildingPart = sql.substring(sql.indexOf("insert into permit_building"));
            Matcher z = ZONE.matcher(sql.substring(sql.indexOf("insert into permit_zone"), sql.indexOf("insert into permit_parcel")));
            while (z.find()) {
                zones.add(new Zone(feature(z.group(1), wkt.read(z.group(4))), z.group(3),
                        new ZoneRules(z.group(2), Double.valueOf(z.group(5)), Double.valueOf(z.group(6)),
                                Double.valueOf(z.group(7)), Boolean.parseBoolean(z.group(8)),
                                Boolean.parseBoolean(z.group(9)), Boolean.parseBoolean(z.group(10)))));
            }
            Matcher p = ROW.matcher(parcelPart);
            while (p.find()) {
                parcels.add(new Parcel(feature(p.group(1), wkt.read(p.group(3))), unquote(p.group(2)), CITY.projection()));
            }
            Matcher b = ROW.matcher(buildingPart);
            while (b.find()) {
                double height = Double.parseDouble(b.group(4).split(",")[0]);
                buildings.add(new Building(feature(b.group(1), wkt.read(b.group(3))), unquote(b.group(2)), height));
            }
        }

        private static CityFeature feature(String id, Geometry wgs84) {
            return new CityFeature(id, wgs84, CITY.checked(wgs84));
        }

        private static String unquote(String s) {
            return "null".equals(s) ? null : s.substring(1, s.length() - 1);
        }

        @Override
        public void eachParcel(Consumer<Parcel> each) {
            parcels.forEach(each);
        }

        @Override
        public void eachZone(Consumer<Zone> each) {
            zones.forEach(each);
        }

        @Override
        public void eachBuilding(Consumer<Building> each) {
            buildings.forEach(each);
        }

        @Override
        public Map<String, Parcel> parcels(Collection<String> ids) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Zone> zones(Collection<String> ids) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Building> buildings(Collection<String> ids) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void add(Object parcelZoneOrBuilding) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void flush() {
        }
    }

    private static CityModel demo() throws Exception {
        CityModel model = new CityModel();
        model.repository = new DemoRepository();
        model.cityBounds = "51.95,4.90,52.25,5.35";
        return model;
    }

    @Test
    void theDemoCityIsSmallAndItsParcelsDoNotOverlap() throws Exception {
        assertTrue(Files.size(V23) < 1_500_000, "V23 stays under 1.5 MB: " + Files.size(V23));
        DemoRepository demo = new DemoRepository();
        assertTrue(demo.parcels.size() > 1_500, "parcels: " + demo.parcels.size());
        assertTrue(demo.buildings.size() > 1_200, "buildings: " + demo.buildings.size());
        assertEquals(Set.of("residential", "conservation", "commercial", "green"),
                new HashSet<>(demo.zones.stream().map(z -> z.rules().type()).toList()));
        CityIndex index = demo().index();
        assertEquals(List.of(), index.skipped(), "every stored polygon passes the model's rules");
        org.locationtech.jts.index.strtree.STRtree tree = new org.locationtech.jts.index.strtree.STRtree();
        List<Geometry> shapes = demo.parcels.stream().map(p -> CITY.fromWkt(p.geometryWkt())).toList();
        shapes.forEach(s -> tree.insert(s.getEnvelopeInternal(), s));
        for (Geometry shape : shapes) {
            for (Object other : tree.query(shape.getEnvelopeInternal())) {
                if (other != shape) {
                    double overlap = shape.intersection((Geometry) other).getArea();
                    assertTrue(overlap < 0.05, "parcels overlap by " + overlap + " m²: " + shape);
                }
            }
        }
    }

    @Test
    void oudegracht12LiesInTheConservationZoneWithItsHouse() throws Exception {
        CityModel model = demo();
        ParcelView parcel = model.parcelOfAddress("0344200000100014").orElseThrow();
        assertEquals("0344200000100014", parcel.addressId());
        assertEquals("BS-UTR-01", parcel.zone().code());
        assertEquals("conservation", parcel.zone().type());
        assertTrue(parcel.zone().conservation() && parcel.zone().monument());
        assertEquals(parcel.id(), model.parcelAt(parcel.centroidLatitude(), parcel.centroidLongitude())
                .orElseThrow().id());
        assertEquals(parcel, model.parcel(parcel.id()).orElseThrow());
        assertEquals(parcel.zone(), model.zoneOf(parcel.id()).orElseThrow());
        assertEquals(parcel.buildings(), model.buildingsOn(parcel.id()));
        assertTrue(model.parcelOfAddress("0344200000102200").map(ParcelView::zone).map(ParcelView.ZoneView::type)
                .map(t -> !t.equals("conservation")).orElse(true), "Kardinaal de Jongweg is outside the centre");
    }

    @Test
    void footprintGeometryIsComputedOnARealParcel() throws Exception {
        CityModel model = demo();
        ParcelView parcel = model.parcelOfAddress("0344200000100014").orElseThrow();
        assertTrue(!parcel.buildings().isEmpty(), "Oudegracht 12 has a house");
        Polygon shed = model.footprintAtRear(parcel.id(), 3, 2.5, 1, null);
        assertEquals(7.5, shed.getArea(), 1e-6);
        assertEquals(1, model.distanceToBoundary(parcel.id(), shed), 0.01);
        double before = parcel.buildings().stream().mapToDouble(ParcelView.BuildingView::areaM2).sum() / parcel.areaM2()
                * 100;
        double after = model.coverageWith(parcel.id(), shed);
        assertEquals(before + 7.5 / parcel.areaM2() * 100, after, 0.1);
        Geometry drawn = model.footprint(model.wkt(shed));
        assertEquals(7.5, drawn.getArea(), 0.01, "a drawn footprint comes back in metres");
        assertEquals(CityModelException.Reason.PARCEL_NOT_FOUND,
                assertThrows(CityModelException.class, () -> model.coverageWith("nope", shed)).reason());
        assertEquals(CityModelException.Reason.GEOMETRY_SELF_INTERSECTING, assertThrows(CityModelException.class,
                () -> model.footprint("POLYGON ((5.12 52.09, 5.121 52.091, 5.121 52.09, 5.12 52.091, 5.12 52.09))"))
                .reason());
    }

    /** Figures for docs: index of the demo city, and of 100,000 parcels; a lookup's time. */
    @Test
    void theIndexIsBuiltAndAskedQuickly() throws Exception {
        CityModel model = demo();
        long start = System.nanoTime();
        CityIndex index = model.index();
        long demoBuild = System.nanoTime() - start;
        assertNotNull(index);

        List<Parcel> many = new ArrayList<>(100_000);
        for (int i = 0; i < 100_000; i++) {
            double x = (i % 400) * 12 - 2_400;
            double y = (i / 400) * 30 - 3_750;
            many.add(CityFixtures.parcel("P" + i, "A" + i, CityFixtures.box(x, y, x + 11.5, y + 29.5)));
        }
        start = System.nanoTime();
        CityIndex large = new CityIndex(CITY);
        many.forEach(large::add);
        large.build();
        long largeBuild = System.nanoTime() - start;
        List<Geometry> shapes = many.stream().map(p -> CITY.fromWkt(p.geometryWkt())).toList();
        start = System.nanoTime();
        org.locationtech.jts.index.strtree.STRtree treeOnly = new org.locationtech.jts.index.strtree.STRtree();
        shapes.forEach(g -> treeOnly.insert(g.getEnvelopeInternal(), g));
        treeOnly.build();
        long treeBuild = System.nanoTime() - start;
        double[][] points = new double[10_000][];
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < points.length; i++) {
            points[i] = CityFixtures.degrees(random.nextDouble() * 4_800 - 2_400, random.nextDouble() * 7_500 - 3_750);
        }
        int found = 0;
        for (int round = 0; round < 3; round++) { // warm up, then measure the last round
            start = System.nanoTime();
            found = 0;
            for (double[] p : points) {
                found += large.parcelAt(p[0], p[1]).isPresent() ? 1 : 0;
            }
        }
        long lookups = System.nanoTime() - start;
        assertTrue(found > 9_000, "most points are on a parcel: " + found);
        System.out.printf("City model: demo city (%d parcels, %d zones) read and indexed in %.1f ms; 100,000 parcels "
                        + "indexed in %.0f ms (WKT parsing, checks and STRtree; the STRtree alone %.0f ms); parcelAt %.1f µs on "
                        + "average%n", index.parcelCount(), index.zoneCount(), demoBuild / 1e6, largeBuild / 1e6,
                treeBuild / 1e6, lookups / 1e3 / points.length);
        assertTrue(largeBuild < 30_000_000_000L, "100,000 parcels within 30 s even on a slow machine");
    }
}
