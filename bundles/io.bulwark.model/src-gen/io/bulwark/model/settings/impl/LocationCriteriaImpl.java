/**
 */
package io.bulwark.model.settings.impl;

import io.bulwark.model.settings.Gateway;
import io.bulwark.model.settings.LocationCriteria;
import io.bulwark.model.settings.ReferenceServer;
import io.bulwark.model.settings.SettingsPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Location Criteria</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.impl.LocationCriteriaImpl#getReferenceServers <em>Reference Servers</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.LocationCriteriaImpl#getGateways <em>Gateways</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LocationCriteriaImpl extends MinimalEObjectImpl.Container implements LocationCriteria {
	/**
	 * The cached value of the '{@link #getReferenceServers() <em>Reference Servers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceServers()
	 * @generated
	 * @ordered
	 */
	protected EList<ReferenceServer> referenceServers;

	/**
	 * The cached value of the '{@link #getGateways() <em>Gateways</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGateways()
	 * @generated
	 * @ordered
	 */
	protected EList<Gateway> gateways;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LocationCriteriaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SettingsPackage.Literals.LOCATION_CRITERIA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReferenceServer> getReferenceServers() {
		if (referenceServers == null) {
			referenceServers = new EObjectContainmentEList<ReferenceServer>(ReferenceServer.class, this, SettingsPackage.LOCATION_CRITERIA__REFERENCE_SERVERS);
		}
		return referenceServers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Gateway> getGateways() {
		if (gateways == null) {
			gateways = new EObjectContainmentEList<Gateway>(Gateway.class, this, SettingsPackage.LOCATION_CRITERIA__GATEWAYS);
		}
		return gateways;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SettingsPackage.LOCATION_CRITERIA__REFERENCE_SERVERS:
				return ((InternalEList<?>)getReferenceServers()).basicRemove(otherEnd, msgs);
			case SettingsPackage.LOCATION_CRITERIA__GATEWAYS:
				return ((InternalEList<?>)getGateways()).basicRemove(otherEnd, msgs);
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
			case SettingsPackage.LOCATION_CRITERIA__REFERENCE_SERVERS:
				return getReferenceServers();
			case SettingsPackage.LOCATION_CRITERIA__GATEWAYS:
				return getGateways();
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
			case SettingsPackage.LOCATION_CRITERIA__REFERENCE_SERVERS:
				getReferenceServers().clear();
				getReferenceServers().addAll((Collection<? extends ReferenceServer>)newValue);
				return;
			case SettingsPackage.LOCATION_CRITERIA__GATEWAYS:
				getGateways().clear();
				getGateways().addAll((Collection<? extends Gateway>)newValue);
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
			case SettingsPackage.LOCATION_CRITERIA__REFERENCE_SERVERS:
				getReferenceServers().clear();
				return;
			case SettingsPackage.LOCATION_CRITERIA__GATEWAYS:
				getGateways().clear();
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
			case SettingsPackage.LOCATION_CRITERIA__REFERENCE_SERVERS:
				return referenceServers != null && !referenceServers.isEmpty();
			case SettingsPackage.LOCATION_CRITERIA__GATEWAYS:
				return gateways != null && !gateways.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //LocationCriteriaImpl
