package io.bulwark.ui.internal.domains;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.bulwark.model.Domain;
import io.bulwark.protocol.IpRange;
import io.bulwark.ui.WidgetIds;
import io.bulwark.ui.internal.details.TreePlaces;

/**
 * One automatic grouping rule: the addresses it matches and the domain it places agents in. The range is checked as it
 * is typed; OK only for a valid rule.
 */
final class GroupingRuleDialog extends TitleAreaDialog {

    private final String title;
    private final List<Domain> domains;
    private String range;
    private Domain domain;
    private Text rangeText;
    private ComboViewer domainViewer;

    /**
     * @param domains
     *            the server's domains to choose from
     * @param range
     *            the rule's range so far, or empty for a new rule
     * @param domain
     *            the rule's domain so far, or {@code null}
     */
    GroupingRuleDialog(Shell parent, String title, List<Domain> domains, String range, Domain domain) {
        super(parent);
        this.title = title;
        this.domains = domains;
        this.range = range;
        this.domain = domain;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title);
        setMessage(Messages.GroupingRuleDialog_message);
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        new Label(fields, SWT.NONE).setText(Messages.GroupingRuleDialog_range);
        rangeText = new Text(fields, SWT.BORDER);
        rangeText.setData(WidgetIds.KEY, WidgetIds.GROUPING_RULE_RANGE_TEXT);
        rangeText.setText(range);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(rangeText);
        new Label(fields, SWT.NONE).setText(Messages.GroupingRuleDialog_domain);
        domainViewer = new ComboViewer(fields, SWT.READ_ONLY);
        domainViewer.getCombo().setData(WidgetIds.KEY, WidgetIds.GROUPING_RULE_DOMAIN_COMBO);
        domainViewer.setContentProvider(ArrayContentProvider.getInstance());
        domainViewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return TreePlaces.domainPath((Domain) element);
            }
        });
        domainViewer.setInput(domains);
        if (domain != null) {
            domainViewer.setSelection(new StructuredSelection(domain));
        }
        GridDataFactory.fillDefaults().grab(true, false).applyTo(domainViewer.getControl());
        rangeText.addModifyListener(event -> validate());
        domainViewer.addSelectionChangedListener(event -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void validate() {
        range = rangeText.getText().strip();
        domain = (Domain) domainViewer.getStructuredSelection().getFirstElement();
        String problem = null;
        if (range.isEmpty()) {
            problem = Messages.GroupingRuleDialog_rangeMissing;
        } else {
            try {
                IpRange.parse(range);
            } catch (IllegalArgumentException e) {
                problem = NLS.bind(Messages.GroupingRuleDialog_rangeInvalid, e.getMessage());
            }
        }
        if (problem == null && domain == null) {
            problem = Messages.GroupingRuleDialog_domainMissing;
        }
        setErrorMessage(problem);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        }
    }

    /** @return the range entered */
    String range() {
        return range;
    }

    /** @return the domain chosen */
    Domain domain() {
        return domain;
    }
}
