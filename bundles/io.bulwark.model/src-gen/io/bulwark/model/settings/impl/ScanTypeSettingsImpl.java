/**
 */
package io.bulwark.model.settings.impl;

import io.bulwark.model.settings.ScanActions;
import io.bulwark.model.settings.ScanExclusions;
import io.bulwark.model.settings.ScanTargets;
import io.bulwark.model.settings.ScanTypeSettings;
import io.bulwark.model.settings.Schedule;
import io.bulwark.model.settings.SettingsPackage;
import io.bulwark.model.settings.SpywareAssessment;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scan Type Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.impl.ScanTypeSettingsImpl#getTargets <em>Targets</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.ScanTypeSettingsImpl#getExclusions <em>Exclusions</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.ScanTypeSettingsImpl#getActions <em>Actions</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.ScanTypeSettingsImpl#getSpywareAssessment <em>Spyware Assessment</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.ScanTypeSettingsImpl#getSchedule <em>Schedule</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScanTypeSettingsImpl extends MinimalEObjectImpl.Container implements ScanTypeSettings {
	/**
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected ScanTargets targets;

	/**
	 * The cached value of the '{@link #getExclusions() <em>Exclusions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExclusions()
	 * @generated
	 * @ordered
	 */
	protected ScanExclusions exclusions;

	/**
	 * The cached value of the '{@link #getActions() <em>Actions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected ScanActions actions;

	/**
	 * The cached value of the '{@link #getSpywareAssessment() <em>Spyware Assessment</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpywareAssessment()
	 * @generated
	 * @ordered
	 */
	protected SpywareAssessment spywareAssessment;

	/**
	 * The cached value of the '{@link #getSchedule() <em>Schedule</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedule()
	 * @generated
	 * @ordered
	 */
	protected Schedule schedule;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScanTypeSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SettingsPackage.Literals.SCAN_TYPE_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScanTargets getTargets() {
		return targets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTargets(ScanTargets newTargets, NotificationChain msgs) {
		ScanTargets oldTargets = targets;
		targets = newTargets;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SettingsPackage.SCAN_TYPE_SETTINGS__TARGETS, oldTargets, newTargets);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargets(ScanTargets newTargets) {
		if (newTargets != targets) {
			NotificationChain msgs = null;
			if (targets != null)
				msgs = ((InternalEObject)targets).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.SCAN_TYPE_SETTINGS__TARGETS, null, msgs);
			if (newTargets != null)
				msgs = ((InternalEObject)newTargets).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.SCAN_TYPE_SETTINGS__TARGETS, null, msgs);
			msgs = basicSetTargets(newTargets, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.SCAN_TYPE_SETTINGS__TARGETS, newTargets, newTargets));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScanExclusions getExclusions() {
		return exclusions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetExclusions(ScanExclusions newExclusions, NotificationChain msgs) {
		ScanExclusions oldExclusions = exclusions;
		exclusions = newExclusions;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SettingsPackage.SCAN_TYPE_SETTINGS__EXCLUSIONS, oldExclusions, newExclusions);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExclusions(ScanExclusions newExclusions) {
		if (newExclusions != exclusions) {
			NotificationChain msgs = null;
			if (exclusions != null)
				msgs = ((InternalEObject)exclusions).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.SCAN_TYPE_SETTINGS__EXCLUSIONS, null, msgs);
			if (newExclusions != null)
				msgs = ((InternalEObject)newExclusions).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.SCAN_TYPE_SETTINGS__EXCLUSIONS, null, msgs);
			msgs = basicSetExclusions(newExclusions, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.SCAN_TYPE_SETTINGS__EXCLUSIONS, newExclusions, newExclusions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScanActions getActions() {
		return actions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetActions(ScanActions newActions, NotificationChain msgs) {
		ScanActions oldActions = actions;
		actions = newActions;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SettingsPackage.SCAN_TYPE_SETTINGS__ACTIONS, oldActions, newActions);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActions(ScanActions newActions) {
		if (newActions != actions) {
			NotificationChain msgs = null;
			if (actions != null)
				msgs = ((InternalEObject)actions).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.SCAN_TYPE_SETTINGS__ACTIONS, null, msgs);
			if (newActions != null)
				msgs = ((InternalEObject)newActions).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.SCAN_TYPE_SETTINGS__ACTIONS, null, msgs);
			msgs = basicSetActions(newActions, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.SCAN_TYPE_SETTINGS__ACTIONS, newActions, newActions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpywareAssessment getSpywareAssessment() {
		return spywareAssessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSpywareAssessment(SpywareAssessment newSpywareAssessment, NotificationChain msgs) {
		SpywareAssessment oldSpywareAssessment = spywareAssessment;
		spywareAssessment = newSpywareAssessment;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SettingsPackage.SCAN_TYPE_SETTINGS__SPYWARE_ASSESSMENT, oldSpywareAssessment, newSpywareAssessment);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpywareAssessment(SpywareAssessment newSpywareAssessment) {
		if (newSpywareAssessment != spywareAssessment) {
			NotificationChain msgs = null;
			if (spywareAssessment != null)
				msgs = ((InternalEObject)spywareAssessment).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.SCAN_TYPE_SETTINGS__SPYWARE_ASSESSMENT, null, msgs);
			if (newSpywareAssessment != null)
				msgs = ((InternalEObject)newSpywareAssessment).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.SCAN_TYPE_SETTINGS__SPYWARE_ASSESSMENT, null, msgs);
			msgs = basicSetSpywareAssessment(newSpywareAssessment, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.SCAN_TYPE_SETTINGS__SPYWARE_ASSESSMENT, newSpywareAssessment, newSpywareAssessment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Schedule getSchedule() {
		return schedule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSchedule(Schedule newSchedule, NotificationChain msgs) {
		Schedule oldSchedule = schedule;
		schedule = newSchedule;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SettingsPackage.SCAN_TYPE_SETTINGS__SCHEDULE, oldSchedule, newSchedule);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchedule(Schedule newSchedule) {
		if (newSchedule != schedule) {
			NotificationChain msgs = null;
			if (schedule != null)
				msgs = ((InternalEObject)schedule).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.SCAN_TYPE_SETTINGS__SCHEDULE, null, msgs);
			if (newSchedule != null)
				msgs = ((InternalEObject)newSchedule).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.SCAN_TYPE_SETTINGS__SCHEDULE, null, msgs);
			msgs = basicSetSchedule(newSchedule, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.SCAN_TYPE_SETTINGS__SCHEDULE, newSchedule, newSchedule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SettingsPackage.SCAN_TYPE_SETTINGS__TARGETS:
				return basicSetTargets(null, msgs);
			case SettingsPackage.SCAN_TYPE_SETTINGS__EXCLUSIONS:
				return basicSetExclusions(null, msgs);
			case SettingsPackage.SCAN_TYPE_SETTINGS__ACTIONS:
				return basicSetActions(null, msgs);
			case SettingsPackage.SCAN_TYPE_SETTINGS__SPYWARE_ASSESSMENT:
				return basicSetSpywareAssessment(null, msgs);
			case SettingsPackage.SCAN_TYPE_SETTINGS__SCHEDULE:
				return basicSetSchedule(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SettingsPackage.SCAN_TYPE_SETTINGS__TARGETS:
				return getTargets();
			case SettingsPackage.SCAN_TYPE_SETTINGS__EXCLUSIONS:
				return getExclusions();
			case SettingsPackage.SCAN_TYPE_SETTINGS__ACTIONS:
				return getActions();
			case SettingsPackage.SCAN_TYPE_SETTINGS__SPYWARE_ASSESSMENT:
				return getSpywareAssessment();
			case SettingsPackage.SCAN_TYPE_SETTINGS__SCHEDULE:
				return getSchedule();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SettingsPackage.SCAN_TYPE_SETTINGS__TARGETS:
				setTargets((ScanTargets)newValue);
				return;
			case SettingsPackage.SCAN_TYPE_SETTINGS__EXCLUSIONS:
				setExclusions((ScanExclusions)newValue);
				return;
			case SettingsPackage.SCAN_TYPE_SETTINGS__ACTIONS:
				setActions((ScanActions)newValue);
				return;
			case SettingsPackage.SCAN_TYPE_SETTINGS__SPYWARE_ASSESSMENT:
				setSpywareAssessment((SpywareAssessment)newValue);
				return;
			case SettingsPackage.SCAN_TYPE_SETTINGS__SCHEDULE:
				setSchedule((Schedule)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SettingsPackage.SCAN_TYPE_SETTINGS__TARGETS:
				setTargets((ScanTargets)null);
				return;
			case SettingsPackage.SCAN_TYPE_SETTINGS__EXCLUSIONS:
				setExclusions((ScanExclusions)null);
				return;
			case SettingsPackage.SCAN_TYPE_SETTINGS__ACTIONS:
				setActions((ScanActions)null);
				return;
			case SettingsPackage.SCAN_TYPE_SETTINGS__SPYWARE_ASSESSMENT:
				setSpywareAssessment((SpywareAssessment)null);
				return;
			case SettingsPackage.SCAN_TYPE_SETTINGS__SCHEDULE:
				setSchedule((Schedule)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SettingsPackage.SCAN_TYPE_SETTINGS__TARGETS:
				return targets != null;
			case SettingsPackage.SCAN_TYPE_SETTINGS__EXCLUSIONS:
				return exclusions != null;
			case SettingsPackage.SCAN_TYPE_SETTINGS__ACTIONS:
				return actions != null;
			case SettingsPackage.SCAN_TYPE_SETTINGS__SPYWARE_ASSESSMENT:
				return spywareAssessment != null;
			case SettingsPackage.SCAN_TYPE_SETTINGS__SCHEDULE:
				return schedule != null;
		}
		return super.eIsSet(featureID);
	}

} //ScanTypeSettingsImpl
