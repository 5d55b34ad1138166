/**
 */
package io.bulwark.model.settings.impl;

import io.bulwark.model.settings.LocationCriteria;
import io.bulwark.model.settings.SettingsPackage;
import io.bulwark.model.settings.WebReputation;
import io.bulwark.model.settings.WebReputationPolicy;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Web Reputation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.impl.WebReputationImpl#getInternalAgents <em>Internal Agents</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.WebReputationImpl#getExternalAgents <em>External Agents</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.WebReputationImpl#getLocation <em>Location</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WebReputationImpl extends MinimalEObjectImpl.Container implements WebReputation {
	/**
	 * The cached value of the '{@link #getInternalAgents() <em>Internal Agents</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInternalAgents()
	 * @generated
	 * @ordered
	 */
	protected WebReputationPolicy internalAgents;

	/**
	 * The cached value of the '{@link #getExternalAgents() <em>External Agents</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalAgents()
	 * @generated
	 * @ordered
	 */
	protected WebReputationPolicy externalAgents;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected LocationCriteria location;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WebReputationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SettingsPackage.Literals.WEB_REPUTATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WebReputationPolicy getInternalAgents() {
		return internalAgents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInternalAgents(WebReputationPolicy newInternalAgents, NotificationChain msgs) {
		WebReputationPolicy oldInternalAgents = internalAgents;
		internalAgents = newInternalAgents;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SettingsPackage.WEB_REPUTATION__INTERNAL_AGENTS, oldInternalAgents, newInternalAgents);
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
	public void setInternalAgents(WebReputationPolicy newInternalAgents) {
		if (newInternalAgents != internalAgents) {
			NotificationChain msgs = null;
			if (internalAgents != null)
				msgs = ((InternalEObject)internalAgents).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.WEB_REPUTATION__INTERNAL_AGENTS, null, msgs);
			if (newInternalAgents != null)
				msgs = ((InternalEObject)newInternalAgents).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.WEB_REPUTATION__INTERNAL_AGENTS, null, msgs);
			msgs = basicSetInternalAgents(newInternalAgents, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.WEB_REPUTATION__INTERNAL_AGENTS, newInternalAgents, newInternalAgents));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WebReputationPolicy getExternalAgents() {
		return externalAgents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetExternalAgents(WebReputationPolicy newExternalAgents, NotificationChain msgs) {
		WebReputationPolicy oldExternalAgents = externalAgents;
		externalAgents = newExternalAgents;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SettingsPackage.WEB_REPUTATION__EXTERNAL_AGENTS, oldExternalAgents, newExternalAgents);
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
	public void setExternalAgents(WebReputationPolicy newExternalAgents) {
		if (newExternalAgents != externalAgents) {
			NotificationChain msgs = null;
			if (externalAgents != null)
				msgs = ((InternalEObject)externalAgents).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.WEB_REPUTATION__EXTERNAL_AGENTS, null, msgs);
			if (newExternalAgents != null)
				msgs = ((InternalEObject)newExternalAgents).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.WEB_REPUTATION__EXTERNAL_AGENTS, null, msgs);
			msgs = basicSetExternalAgents(newExternalAgents, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.WEB_REPUTATION__EXTERNAL_AGENTS, newExternalAgents, newExternalAgents));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocationCriteria getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLocation(LocationCriteria newLocation, NotificationChain msgs) {
		LocationCriteria oldLocation = location;
		location = newLocation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SettingsPackage.WEB_REPUTATION__LOCATION, oldLocation, newLocation);
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
	public void setLocation(LocationCriteria newLocation) {
		if (newLocation != location) {
			NotificationChain msgs = null;
			if (location != null)
				msgs = ((InternalEObject)location).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.WEB_REPUTATION__LOCATION, null, msgs);
			if (newLocation != null)
				msgs = ((InternalEObject)newLocation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.WEB_REPUTATION__LOCATION, null, msgs);
			msgs = basicSetLocation(newLocation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.WEB_REPUTATION__LOCATION, newLocation, newLocation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SettingsPackage.WEB_REPUTATION__INTERNAL_AGENTS:
				return basicSetInternalAgents(null, msgs);
			case SettingsPackage.WEB_REPUTATION__EXTERNAL_AGENTS:
				return basicSetExternalAgents(null, msgs);
			case SettingsPackage.WEB_REPUTATION__LOCATION:
				return basicSetLocation(null, msgs);
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
			case SettingsPackage.WEB_REPUTATION__INTERNAL_AGENTS:
				return getInternalAgents();
			case SettingsPackage.WEB_REPUTATION__EXTERNAL_AGENTS:
				return getExternalAgents();
			case SettingsPackage.WEB_REPUTATION__LOCATION:
				return getLocation();
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
			case SettingsPackage.WEB_REPUTATION__INTERNAL_AGENTS:
				setInternalAgents((WebReputationPolicy)newValue);
				return;
			case SettingsPackage.WEB_REPUTATION__EXTERNAL_AGENTS:
				setExternalAgents((WebReputationPolicy)newValue);
				return;
			case SettingsPackage.WEB_REPUTATION__LOCATION:
				setLocation((LocationCriteria)newValue);
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
			case SettingsPackage.WEB_REPUTATION__INTERNAL_AGENTS:
				setInternalAgents((WebReputationPolicy)null);
				return;
			case SettingsPackage.WEB_REPUTATION__EXTERNAL_AGENTS:
				setExternalAgents((WebReputationPolicy)null);
				return;
			case SettingsPackage.WEB_REPUTATION__LOCATION:
				setLocation((LocationCriteria)null);
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
			case SettingsPackage.WEB_REPUTATION__INTERNAL_AGENTS:
				return internalAgents != null;
			case SettingsPackage.WEB_REPUTATION__EXTERNAL_AGENTS:
				return externalAgents != null;
			case SettingsPackage.WEB_REPUTATION__LOCATION:
				return location != null;
		}
		return super.eIsSet(featureID);
	}

} //WebReputationImpl
