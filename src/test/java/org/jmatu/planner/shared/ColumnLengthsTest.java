package org.jmatu.planner.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every text an entity limits with {@code @Size(max)} fits its column exactly, so forms stop where the database does. */
class ColumnLengthsTest extends KaribuTest {

    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired JdbcTemplate jdbc;

    @Test
    void eachSizeLimitIsTheLengthOfItsColumn() {
        var metamodel = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
        List<String> checked = new ArrayList<>();
        for (EntityType<?> entity : entityManagerFactory.getMetamodel().getEntities()) {
            var persister = (AbstractEntityPersister) metamodel.getEntityDescriptor(entity.getJavaType());
            for (Attribute<?, ?> attribute : entity.getAttributes()) {
                if (!(attribute.getJavaMember() instanceof Field field) || !field.isAnnotationPresent(Size.class)
                        || field.getType() != String.class) {
                    continue;
                }
                String table = persister.getTableName();
                String column = persister.getPropertyColumnNames(attribute.getName())[0];
                Integer length = jdbc.queryForObject("select character_maximum_length from information_schema.columns"
                        + " where lower(table_name) = ? and lower(column_name) = ?", Integer.class,
                        table.toLowerCase(), column.toLowerCase());
                assertThat(field.getAnnotation(Size.class).max()).as(table + "." + column).isEqualTo(length);
                checked.add(table + "." + column);
            }
        }
        assertThat(checked).contains("post.title", "person.name", "nation.code", "company.home_base");
    }
}
