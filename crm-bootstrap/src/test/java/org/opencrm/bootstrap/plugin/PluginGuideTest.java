package org.opencrm.bootstrap.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opencrm.bootstrap.Main;

/** The README's "Adding a storage plugin" is true: its code is this package's, and crm finds the plugin. */
class PluginGuideTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path HERE = Path.of("src", "test", "java", "org", "opencrm", "bootstrap", "plugin");

    @Test
    void everyJavaBlockOfTheGuideIsCodeThatCompilesHere() throws Exception {
        String readme = Files.readString(README);
        String guide = readme.substring(readme.indexOf("## Adding a storage plugin"));
        guide = guide.substring(0, guide.indexOf("\n## ", 3));
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(guide);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(2);
        String sources = squeeze(Files.readString(HERE.resolve("MyStorageProvider.java"))
                + Files.readString(HERE.resolve("MyStoreContractTest.java")));
        for (String block : blocks) {
            for (String part : block.split("\\n\\s*// \\.\\.\\.\\s*\\n")) {
                assertThat(sources).as("README block:%n%s", part).contains(squeeze(part));
            }
        }
        for (String contract : List.of("CustomerRepositoryContract", "PurchaseRepositoryContract",
                "ModelRepositoryContract", "ProductRepositoryContract", "ApiKeyRepositoryContract",
                "StoredResponseRepositoryContract", "InteractionRepositoryContract", "SurveyResponseRepositoryContract",
                "ComplaintRepositoryContract", "CustomerMergeRepositoryContract", "SegmentRepositoryContract",
                "CampaignRepositoryContract", "AssociationRuleRepositoryContract",
                "UnitOfWorkContract")) {
            assertThat(guide).contains(contract);
        }
    }

    @Test
    void crmFindsThePluginByItsScheme() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"--store=mystore:guide", "--format", "json", "customers", "add", "--name",
            "Plug In"}, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"name\" : \"Plug In\"");
    }

    private static String squeeze(String code) {
        return code.replaceAll("\\s+", " ").trim();
    }
}
