package org.opencrm.adapter.persistence.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.opencrm.application.port.out.CampaignRepository;
import org.opencrm.domain.campaign.Campaign;
import org.opencrm.domain.campaign.CampaignId;
import org.opencrm.domain.campaign.CampaignMember;
import org.opencrm.domain.campaign.CampaignResponse;
import org.opencrm.domain.customer.CustomerId;

/** Campaigns in maps by id; snapshots and responses by campaign, in customer-id order. */
final class MemoryCampaignRepository implements CampaignRepository {

    private final MemoryUnitOfWork unitOfWork;
    private final Map<CampaignId, Campaign> campaigns = new TreeMap<>();
    private final Map<CampaignId, List<CampaignMember>> members = new TreeMap<>();
    private final Map<CampaignId, TreeMap<CustomerId, CampaignResponse>> responses = new TreeMap<>();

    MemoryCampaignRepository(MemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void start(Campaign campaign, List<CampaignMember> snapshot) {
        unitOfWork.run(() -> {
            if (campaigns.containsKey(campaign.id())) {
                throw new IllegalArgumentException("campaign " + campaign.id().value() + " is stored already");
            }
            List<CampaignMember> sorted = snapshot.stream().sorted(Comparator.comparing(CampaignMember::customer))
                    .toList();
            unitOfWork.change(() -> {
                campaigns.put(campaign.id(), campaign);
                return members.put(campaign.id(), sorted);
            }, () -> {
                campaigns.remove(campaign.id());
                members.remove(campaign.id());
            });
        });
    }

    @Override
    public Optional<Campaign> findById(CampaignId id) {
        return unitOfWork.read(() -> Optional.ofNullable(campaigns.get(id)));
    }

    @Override
    public List<Campaign> findAll() {
        return unitOfWork.read(() -> campaigns.values().stream().sorted(Comparator.comparing(Campaign::startedOn)
                .reversed().thenComparing(Campaign::id)).toList());
    }

    @Override
    public List<CampaignMember> members(CampaignId campaign) {
        return unitOfWork.read(() -> members.getOrDefault(campaign, List.of()));
    }

    @Override
    public boolean respond(CampaignResponse response) {
        return unitOfWork.inTransaction(() -> {
            TreeMap<CustomerId, CampaignResponse> own = responses.computeIfAbsent(response.campaign(),
                    k -> new TreeMap<>());
            if (own.containsKey(response.customer())) {
                return false;
            }
            unitOfWork.change(() -> own.put(response.customer(), response), () -> own.remove(response.customer()));
            return true;
        });
    }

    @Override
    public List<CampaignResponse> responses(CampaignId campaign) {
        return unitOfWork.read(() -> new ArrayList<>(responses.getOrDefault(campaign, new TreeMap<>()).values()));
    }

    /**
     * Gives {@code from}'s memberships and responses to {@code to}, except in campaigns {@code to} is in already
     * (there {@code from}'s are dropped): a merge. Answers how many memberships moved.
     */
    long reassign(CustomerId from, CustomerId to) {
        return unitOfWork.inTransaction(() -> {
            long moved = 0;
            for (CampaignId id : List.copyOf(members.keySet())) {
                List<CampaignMember> before = members.get(id);
                boolean toIn = before.stream().anyMatch(m -> m.customer().equals(to));
                CampaignMember gone = before.stream().filter(m -> m.customer().equals(from)).findFirst().orElse(null);
                if (gone == null) {
                    continue;
                }
                List<CampaignMember> after = new ArrayList<>(before);
                after.remove(gone);
                if (!toIn) {
                    after.add(new CampaignMember(id, to, gone.group()));
                    after.sort(Comparator.comparing(CampaignMember::customer));
                    moved++;
                }
                unitOfWork.change(() -> members.put(id, after), () -> members.put(id, before));
                TreeMap<CustomerId, CampaignResponse> own = responses.get(id);
                CampaignResponse answered = own == null ? null : own.get(from);
                if (answered != null) {
                    boolean keep = !toIn && !own.containsKey(to);
                    unitOfWork.change(() -> {
                        own.remove(from);
                        return keep ? own.put(to, new CampaignResponse(id, to, answered.responded(),
                                answered.converted(), answered.revenue(), answered.at())) : null;
                    }, () -> {
                        if (keep) {
                            own.remove(to);
                        }
                        own.put(from, answered);
                    });
                }
            }
            return moved;
        });
    }
}
