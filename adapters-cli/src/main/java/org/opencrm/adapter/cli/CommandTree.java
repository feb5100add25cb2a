package org.opencrm.adapter.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.opencrm.adapter.cli.access.ApiKeyCommand;
import org.opencrm.adapter.cli.access.CreateApiKeyCommand;
import org.opencrm.adapter.cli.access.ListApiKeysCommand;
import org.opencrm.adapter.cli.access.RevokeApiKeyCommand;
import org.opencrm.adapter.cli.bench.BenchCommand;
import org.opencrm.adapter.cli.bench.FitBenchCommand;
import org.opencrm.adapter.cli.bench.GenerateCommand;
import org.opencrm.adapter.cli.bench.ImportBenchCommand;
import org.opencrm.adapter.cli.campaign.CampaignsCommand;
import org.opencrm.adapter.cli.campaign.ImportCampaignResponsesCommand;
import org.opencrm.adapter.cli.campaign.ListCampaignsCommand;
import org.opencrm.adapter.cli.campaign.RespondCampaignCommand;
import org.opencrm.adapter.cli.campaign.StartCampaignCommand;
import org.opencrm.adapter.cli.complaint.ComplaintsCommand;
import org.opencrm.adapter.cli.complaint.ListComplaintsCommand;
import org.opencrm.adapter.cli.complaint.OpenComplaintCommand;
import org.opencrm.adapter.cli.complaint.UpdateComplaintCommand;
import org.opencrm.adapter.cli.customer.AddCustomerCommand;
import org.opencrm.adapter.cli.customer.CustomerTimelineCommand;
import org.opencrm.adapter.cli.customer.CustomersCommand;
import org.opencrm.adapter.cli.customer.DuplicateCustomersCommand;
import org.opencrm.adapter.cli.customer.ListCustomersCommand;
import org.opencrm.adapter.cli.customer.MergeCustomersCommand;
import org.opencrm.adapter.cli.customer.ShowCustomerCommand;
import org.opencrm.adapter.cli.demo.DemoCommand;
import org.opencrm.adapter.cli.followup.AddFollowUpCommand;
import org.opencrm.adapter.cli.followup.DoneFollowUpCommand;
import org.opencrm.adapter.cli.followup.FollowUpsCommand;
import org.opencrm.adapter.cli.followup.ListFollowUpsCommand;
import org.opencrm.adapter.cli.followup.ScheduleFollowUpsCommand;
import org.opencrm.adapter.cli.importing.ImportCommand;
import org.opencrm.adapter.cli.importing.ImportCustomersCommand;
import org.opencrm.adapter.cli.importing.ImportProductsCommand;
import org.opencrm.adapter.cli.importing.ImportPurchasesCommand;
import org.opencrm.adapter.cli.interaction.AddInteractionCommand;
import org.opencrm.adapter.cli.interaction.ImportInteractionsCommand;
import org.opencrm.adapter.cli.interaction.InteractionsCommand;
import org.opencrm.adapter.cli.interaction.ListInteractionsCommand;
import org.opencrm.adapter.cli.migrate.MigrateCommand;
import org.opencrm.adapter.cli.model.FitModelCommand;
import org.opencrm.adapter.cli.model.ModelCommand;
import org.opencrm.adapter.cli.model.ShowModelCommand;
import org.opencrm.adapter.cli.model.ValidateModelCommand;
import org.opencrm.adapter.cli.recommendation.MineRulesCommand;
import org.opencrm.adapter.cli.recommendation.NbaCommand;
import org.opencrm.adapter.cli.recommendation.RulesCommand;
import org.opencrm.adapter.cli.report.AcquisitionReportCommand;
import org.opencrm.adapter.cli.report.CampaignReportCommand;
import org.opencrm.adapter.cli.report.ChurnReportCommand;
import org.opencrm.adapter.cli.report.ComplaintReportCommand;
import org.opencrm.adapter.cli.report.LifecycleReportCommand;
import org.opencrm.adapter.cli.report.LoyaltyReportCommand;
import org.opencrm.adapter.cli.report.ProspectReportCommand;
import org.opencrm.adapter.cli.report.QualityReportCommand;
import org.opencrm.adapter.cli.report.ReportCommand;
import org.opencrm.adapter.cli.report.RfmReportCommand;
import org.opencrm.adapter.cli.report.RulesReportCommand;
import org.opencrm.adapter.cli.report.SixIReportCommand;
import org.opencrm.adapter.cli.report.SurveyReportCommand;
import org.opencrm.adapter.cli.report.TierReportCommand;
import org.opencrm.adapter.cli.report.ValueReportCommand;
import org.opencrm.adapter.cli.report.ValueTypesReportCommand;
import org.opencrm.adapter.cli.segment.ListSegmentsCommand;
import org.opencrm.adapter.cli.segment.SaveSegmentCommand;
import org.opencrm.adapter.cli.segment.SegmentMembersCommand;
import org.opencrm.adapter.cli.segment.SegmentsCommand;
import org.opencrm.adapter.cli.segment.ShowSegmentCommand;
import org.opencrm.adapter.cli.survey.AddSurveyResponseCommand;
import org.opencrm.adapter.cli.survey.ImportSurveyResponsesCommand;
import org.opencrm.adapter.cli.survey.ListSurveyResponsesCommand;
import org.opencrm.adapter.cli.survey.SurveysCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

/**
 * The {@code crm} command tree. Declared here rather than in the commands' {@code subcommands} so that a run
 * builds only the branch its arguments name: picocli reflects on every command of the tree it is given and has
 * each one built (by Guice), which costs every start time (docs/performance.md, "Why the code is shaped so").
 */
final class CommandTree {

    private final Class<?> command;
    private final List<CommandTree> children;

    private CommandTree(Class<?> command, List<CommandTree> children) {
        this.command = command;
        this.children = List.copyOf(children);
    }

    static CommandTree of(Class<?> command, CommandTree... children) {
        return new CommandTree(command, Arrays.asList(children));
    }

    /** The {@code crm} tree, with {@code moreCommands} (leaves) added at the top level. */
    static CommandTree crm(Class<?>... moreCommands) {
        List<CommandTree> top = new ArrayList<>(List.of(
                of(DemoCommand.class),
                of(ImportCommand.class, of(ImportPurchasesCommand.class), of(ImportCustomersCommand.class),
                        of(ImportProductsCommand.class)),
                of(CustomersCommand.class, of(AddCustomerCommand.class), of(ShowCustomerCommand.class),
                        of(ListCustomersCommand.class), of(CustomerTimelineCommand.class),
                        of(DuplicateCustomersCommand.class), of(MergeCustomersCommand.class)),
                of(CampaignsCommand.class, of(StartCampaignCommand.class), of(ListCampaignsCommand.class),
                        of(RespondCampaignCommand.class), of(ImportCampaignResponsesCommand.class)),
                of(SegmentsCommand.class, of(SaveSegmentCommand.class), of(ListSegmentsCommand.class),
                        of(ShowSegmentCommand.class), of(SegmentMembersCommand.class)),
                of(InteractionsCommand.class, of(AddInteractionCommand.class), of(ListInteractionsCommand.class),
                        of(ImportInteractionsCommand.class)),
                of(ComplaintsCommand.class, of(OpenComplaintCommand.class), of(UpdateComplaintCommand.class),
                        of(ListComplaintsCommand.class)),
                of(FollowUpsCommand.class, of(AddFollowUpCommand.class), of(DoneFollowUpCommand.class),
                        of(ListFollowUpsCommand.class), of(ScheduleFollowUpsCommand.class)),
                of(SurveysCommand.class, of(AddSurveyResponseCommand.class), of(ListSurveyResponsesCommand.class),
                        of(ImportSurveyResponsesCommand.class)),
                of(ReportCommand.class, of(LifecycleReportCommand.class), of(RfmReportCommand.class),
                        of(ValueReportCommand.class), of(ChurnReportCommand.class), of(TierReportCommand.class),
                        of(LoyaltyReportCommand.class), of(ValueTypesReportCommand.class),
                        of(SurveyReportCommand.class), of(ComplaintReportCommand.class), of(CampaignReportCommand.class),
                        of(AcquisitionReportCommand.class), of(ProspectReportCommand.class),
                        of(QualityReportCommand.class), of(SixIReportCommand.class), of(RulesReportCommand.class),
                        of(AllReportsCommand.class)),
                of(RulesCommand.class, of(MineRulesCommand.class)),
                of(NbaCommand.class),
                of(ModelCommand.class, of(FitModelCommand.class), of(ShowModelCommand.class),
                        of(ValidateModelCommand.class)),
                of(MigrateCommand.class),
                of(ApiKeyCommand.class, of(CreateApiKeyCommand.class), of(ListApiKeysCommand.class),
                        of(RevokeApiKeyCommand.class)),
                of(BenchCommand.class, of(GenerateCommand.class), of(ImportBenchCommand.class),
                        of(FitBenchCommand.class)),
                of(CommandLine.HelpCommand.class)));
        for (Class<?> more : moreCommands) {
            top.add(of(more));
        }
        return new CommandTree(CrmCommand.class, top);
    }

    /** Every command of the tree. */
    CommandLine build(CommandLine.IFactory factory) {
        CommandLine line = new CommandLine(command, factory);
        addChildren(line, factory);
        return line;
    }

    /**
     * The commands on the path that {@code args} name, from the root down to a leaf; where the path stops above
     * a leaf (help, a misspelt name, no command at all), the whole subtree below that point, so that picocli's
     * usage help and "did you mean" see what they always see. Only finds the command names: the parsing is
     * picocli's, on the tree returned.
     */
    CommandLine buildFor(String[] args, CommandLine.IFactory factory) {
        CommandLine root = new CommandLine(command, factory);
        CommandLine line = root;
        CommandTree node = this;
        int i = 0;
        while (!node.children.isEmpty()) {
            CommandTree next = null;
            for (; i < args.length && next == null; i++) {
                String arg = args[i];
                if (arg.equals("--")) {
                    break;
                }
                if (arg.startsWith("-")) {
                    OptionSpec option = arg.contains("=") ? null : line.getCommandSpec().findOption(arg);
                    if (option != null && option.arity().min() > 0) {
                        i++; // its value, which may look like a command name
                    }
                } else {
                    next = node.child(arg);
                    if (next == null) {
                        break;
                    }
                }
            }
            // The help command looks up other commands by name: it needs them all.
            if (next != null && CommandLine.IHelpCommandInitializable2.class.isAssignableFrom(next.command)) {
                return build(factory);
            }
            if (next == null) {
                node.addChildren(line, factory);
                return root;
            }
            CommandLine child = new CommandLine(next.command, factory);
            line.addSubcommand(child);
            line = child;
            node = next;
        }
        return root;
    }

    private void addChildren(CommandLine line, CommandLine.IFactory factory) {
        for (CommandTree child : children) {
            // Parent first: inherited options (--store, --format, --quiet) reach a command when it is added.
            CommandLine sub = new CommandLine(child.command, factory);
            line.addSubcommand(sub);
            child.addChildren(sub, factory);
        }
    }

    private CommandTree child(String name) {
        for (CommandTree child : children) {
            Command annotation = child.command.getAnnotation(Command.class);
            if (annotation.name().equals(name) || Arrays.asList(annotation.aliases()).contains(name)) {
                return child;
            }
        }
        return null;
    }
}
