/**
 */
package io.bulwark.model.impl;

import io.bulwark.model.Application;
import io.bulwark.model.Connectivity;
import io.bulwark.model.HardwareType;
import io.bulwark.model.Inventory;
import io.bulwark.model.MachineRole;
import io.bulwark.model.ModelPackage;
import io.bulwark.model.OperatingSystem;

import java.time.Instant;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Inventory</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.impl.InventoryImpl#getHardwareType <em>Hardware Type</em>}</li>
 *   <li>{@link io.bulwark.model.impl.InventoryImpl#getOperatingSystem <em>Operating System</em>}</li>
 *   <li>{@link io.bulwark.model.impl.InventoryImpl#getApplications <em>Applications</em>}</li>
 *   <li>{@link io.bulwark.model.impl.InventoryImpl#getRole <em>Role</em>}</li>
 *   <li>{@link io.bulwark.model.impl.InventoryImpl#getConnectivity <em>Connectivity</em>}</li>
 *   <li>{@link io.bulwark.model.impl.InventoryImpl#getInstalledUpdates <em>Installed Updates</em>}</li>
 *   <li>{@link io.bulwark.model.impl.InventoryImpl#getMissingUpdates <em>Missing Updates</em>}</li>
 *   <li>{@link io.bulwark.model.impl.InventoryImpl#getCollectedAt <em>Collected At</em>}</li>
 *   <li>{@link io.bulwark.model.impl.InventoryImpl#getReportedAt <em>Reported At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InventoryImpl extends MinimalEObjectImpl.Container implements Inventory {
	/**
	 * The default value of the '{@link #getHardwareType() <em>Hardware Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardwareType()
	 * @generated
	 * @ordered
	 */
	protected static final HardwareType HARDWARE_TYPE_EDEFAULT = HardwareType.UNKNOWN;

	/**
	 * The cached value of the '{@link #getHardwareType() <em>Hardware Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardwareType()
	 * @generated
	 * @ordered
	 */
	protected HardwareType hardwareType = HARDWARE_TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOperatingSystem() <em>Operating System</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperatingSystem()
	 * @generated
	 * @ordered
	 */
	protected OperatingSystem operatingSystem;

	/**
	 * The cached value of the '{@link #getApplications() <em>Applications</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApplications()
	 * @generated
	 * @ordered
	 */
	protected EList<Application> applications;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected MachineRole role;

	/**
	 * The cached value of the '{@link #getConnectivity() <em>Connectivity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectivity()
	 * @generated
	 * @ordered
	 */
	protected Connectivity connectivity;

	/**
	 * The cached value of the '{@link #getInstalledUpdates() <em>Installed Updates</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstalledUpdates()
	 * @generated
	 * @ordered
	 */
	protected EList<String> installedUpdates;

	/**
	 * The cached value of the '{@link #getMissingUpdates() <em>Missing Updates</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissingUpdates()
	 * @generated
	 * @ordered
	 */
	protected EList<String> missingUpdates;

	/**
	 * The default value of the '{@link #getCollectedAt() <em>Collected At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollectedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant COLLECTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCollectedAt() <em>Collected At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollectedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant collectedAt = COLLECTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getReportedAt() <em>Reported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant REPORTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReportedAt() <em>Reported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant reportedAt = REPORTED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InventoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.INVENTORY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HardwareType getHardwareType() {
		return hardwareType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHardwareType(HardwareType newHardwareType) {
		HardwareType oldHardwareType = hardwareType;
		hardwareType = newHardwareType == null ? HARDWARE_TYPE_EDEFAULT : newHardwareType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.INVENTORY__HARDWARE_TYPE, oldHardwareType, hardwareType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OperatingSystem getOperatingSystem() {
		return operatingSystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOperatingSystem(OperatingSystem newOperatingSystem, NotificationChain msgs) {
		OperatingSystem oldOperatingSystem = operatingSystem;
		operatingSystem = newOperatingSystem;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.INVENTORY__OPERATING_SYSTEM, oldOperatingSystem, newOperatingSystem);
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
	public void setOperatingSystem(OperatingSystem newOperatingSystem) {
		if (newOperatingSystem != operatingSystem) {
			NotificationChain msgs = null;
			if (operatingSystem != null)
				msgs = ((InternalEObject)operatingSystem).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.INVENTORY__OPERATING_SYSTEM, null, msgs);
			if (newOperatingSystem != null)
				msgs = ((InternalEObject)newOperatingSystem).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.INVENTORY__OPERATING_SYSTEM, null, msgs);
			msgs = basicSetOperatingSystem(newOperatingSystem, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.INVENTORY__OPERATING_SYSTEM, newOperatingSystem, newOperatingSystem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Application> getApplications() {
		if (applications == null) {
			applications = new EObjectContainmentEList<Application>(Application.class, this, ModelPackage.INVENTORY__APPLICATIONS);
		}
		return applications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MachineRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRole(MachineRole newRole, NotificationChain msgs) {
		MachineRole oldRole = role;
		role = newRole;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.INVENTORY__ROLE, oldRole, newRole);
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
	public void setRole(MachineRole newRole) {
		if (newRole != role) {
			NotificationChain msgs = null;
			if (role != null)
				msgs = ((InternalEObject)role).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.INVENTORY__ROLE, null, msgs);
			if (newRole != null)
				msgs = ((InternalEObject)newRole).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.INVENTORY__ROLE, null, msgs);
			msgs = basicSetRole(newRole, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.INVENTORY__ROLE, newRole, newRole));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Connectivity getConnectivity() {
		return connectivity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetConnectivity(Connectivity newConnectivity, NotificationChain msgs) {
		Connectivity oldConnectivity = connectivity;
		connectivity = newConnectivity;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.INVENTORY__CONNECTIVITY, oldConnectivity, newConnectivity);
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
	public void setConnectivity(Connectivity newConnectivity) {
		if (newConnectivity != connectivity) {
			NotificationChain msgs = null;
			if (connectivity != null)
				msgs = ((InternalEObject)connectivity).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.INVENTORY__CONNECTIVITY, null, msgs);
			if (newConnectivity != null)
				msgs = ((InternalEObject)newConnectivity).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.INVENTORY__CONNECTIVITY, null, msgs);
			msgs = basicSetConnectivity(newConnectivity, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.INVENTORY__CONNECTIVITY, newConnectivity, newConnectivity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getInstalledUpdates() {
		if (installedUpdates == null) {
			installedUpdates = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.INVENTORY__INSTALLED_UPDATES);
		}
		return installedUpdates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMissingUpdates() {
		if (missingUpdates == null) {
			missingUpdates = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.INVENTORY__MISSING_UPDATES);
		}
		return missingUpdates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCollectedAt() {
		return collectedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCollectedAt(Instant newCollectedAt) {
		Instant oldCollectedAt = collectedAt;
		collectedAt = newCollectedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.INVENTORY__COLLECTED_AT, oldCollectedAt, collectedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getReportedAt() {
		return reportedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportedAt(Instant newReportedAt) {
		Instant oldReportedAt = reportedAt;
		reportedAt = newReportedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.INVENTORY__REPORTED_AT, oldReportedAt, reportedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.INVENTORY__OPERATING_SYSTEM:
				return basicSetOperatingSystem(null, msgs);
			case ModelPackage.INVENTORY__APPLICATIONS:
				return ((InternalEList<?>)getApplications()).basicRemove(otherEnd, msgs);
			case ModelPackage.INVENTORY__ROLE:
				return basicSetRole(null, msgs);
			case ModelPackage.INVENTORY__CONNECTIVITY:
				return basicSetConnectivity(null, msgs);
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
			case ModelPackage.INVENTORY__HARDWARE_TYPE:
				return getHardwareType();
			case ModelPackage.INVENTORY__OPERATING_SYSTEM:
				return getOperatingSystem();
			case ModelPackage.INVENTORY__APPLICATIONS:
				return getApplications();
			case ModelPackage.INVENTORY__ROLE:
				return getRole();
			case ModelPackage.INVENTORY__CONNECTIVITY:
				return getConnectivity();
			case ModelPackage.INVENTORY__INSTALLED_UPDATES:
				return getInstalledUpdates();
			case ModelPackage.INVENTORY__MISSING_UPDATES:
				return getMissingUpdates();
			case ModelPackage.INVENTORY__COLLECTED_AT:
				return getCollectedAt();
			case ModelPackage.INVENTORY__REPORTED_AT:
				return getReportedAt();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.INVENTORY__HARDWARE_TYPE:
				setHardwareType((HardwareType)newValue);
				return;
			case ModelPackage.INVENTORY__OPERATING_SYSTEM:
				setOperatingSystem((OperatingSystem)newValue);
				return;
			case ModelPackage.INVENTORY__APPLICATIONS:
				getApplications().clear();
				getApplications().addAll((Collection<? extends Application>)newValue);
				return;
			case ModelPackage.INVENTORY__ROLE:
				setRole((MachineRole)newValue);
				return;
			case ModelPackage.INVENTORY__CONNECTIVITY:
				setConnectivity((Connectivity)newValue);
				return;
			case ModelPackage.INVENTORY__INSTALLED_UPDATES:
				getInstalledUpdates().clear();
				getInstalledUpdates().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.INVENTORY__MISSING_UPDATES:
				getMissingUpdates().clear();
				getMissingUpdates().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.INVENTORY__COLLECTED_AT:
				setCollectedAt((Instant)newValue);
				return;
			case ModelPackage.INVENTORY__REPORTED_AT:
				setReportedAt((Instant)newValue);
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
			case ModelPackage.INVENTORY__HARDWARE_TYPE:
				setHardwareType(HARDWARE_TYPE_EDEFAULT);
				return;
			case ModelPackage.INVENTORY__OPERATING_SYSTEM:
				setOperatingSystem((OperatingSystem)null);
				return;
			case ModelPackage.INVENTORY__APPLICATIONS:
				getApplications().clear();
				return;
			case ModelPackage.INVENTORY__ROLE:
				setRole((MachineRole)null);
				return;
			case ModelPackage.INVENTORY__CONNECTIVITY:
				setConnectivity((Connectivity)null);
				return;
			case ModelPackage.INVENTORY__INSTALLED_UPDATES:
				getInstalledUpdates().clear();
				return;
			case ModelPackage.INVENTORY__MISSING_UPDATES:
				getMissingUpdates().clear();
				return;
			case ModelPackage.INVENTORY__COLLECTED_AT:
				setCollectedAt(COLLECTED_AT_EDEFAULT);
				return;
			case ModelPackage.INVENTORY__REPORTED_AT:
				setReportedAt(REPORTED_AT_EDEFAULT);
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
			case ModelPackage.INVENTORY__HARDWARE_TYPE:
				return hardwareType != HARDWARE_TYPE_EDEFAULT;
			case ModelPackage.INVENTORY__OPERATING_SYSTEM:
				return operatingSystem != null;
			case ModelPackage.INVENTORY__APPLICATIONS:
				return applications != null && !applications.isEmpty();
			case ModelPackage.INVENTORY__ROLE:
				return role != null;
			case ModelPackage.INVENTORY__CONNECTIVITY:
				return connectivity != null;
			case ModelPackage.INVENTORY__INSTALLED_UPDATES:
				return installedUpdates != null && !installedUpdates.isEmpty();
			case ModelPackage.INVENTORY__MISSING_UPDATES:
				return missingUpdates != null && !missingUpdates.isEmpty();
			case ModelPackage.INVENTORY__COLLECTED_AT:
				return COLLECTED_AT_EDEFAULT == null ? collectedAt != null : !COLLECTED_AT_EDEFAULT.equals(collectedAt);
			case ModelPackage.INVENTORY__REPORTED_AT:
				return REPORTED_AT_EDEFAULT == null ? reportedAt != null : !REPORTED_AT_EDEFAULT.equals(reportedAt);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (hardwareType: ");
		result.append(hardwareType);
		result.append(", installedUpdates: ");
		result.append(installedUpdates);
		result.append(", missingUpdates: ");
		result.append(missingUpdates);
		result.append(", collectedAt: ");
		result.append(collectedAt);
		result.append(", reportedAt: ");
		result.append(reportedAt);
		result.append(')');
		return result.toString();
	}

} //InventoryImpl
